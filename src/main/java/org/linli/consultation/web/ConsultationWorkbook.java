package org.linli.consultation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.consultation.Comment;
import org.linli.consultation.Consultation;
import org.linli.consultation.Paragraph;
import org.linli.shared.Sheets;

/**
 * A draft's comments with their answers as one sheet, in paragraph order: a title row, a frozen
 * header, one row per comment. Unanswered comments leave the answer columns empty so they can be
 * filtered in Excel. Streamed: rows come one at a time from the database and only the last
 * hundred are held in memory ({@link SXSSFWorkbook} writes the rest to a temporary file), so the
 * export of 10,000 comments costs what writing them costs.
 */
final class ConsultationWorkbook {

    static final String[] HEADER = {"序号", "段落", "段落原文", "所选原文", "意见", "提出人", "提出时间", "答复", "理由", "答复人", "答复时间"};
    private static final int[] WIDTHS = {6, 6, 40, 24, 40, 10, 17, 10, 40, 10, 17};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConsultationWorkbook() {
    }

    /** Columns 2 onwards of a comment's row (0 is the running number, 1 the paragraph's). */
    private static List<Function<Comment, String>> columns(Map<Integer, String> text) {
        return List.of(
                x -> text.getOrDefault(x.paragraph(), ""), x -> x.passage() == null ? "（整段）" : x.passage(),
                Comment::body, Comment::authorName, x -> TIME.format(x.localCreatedAt()),
                x -> x.answer() == null ? "" : x.answer().label(), x -> x.reason() == null ? "" : x.reason(),
                x -> x.answeredBy() == null ? "" : x.answeredBy(),
                x -> x.answeredAt() == null ? "" : TIME.format(x.localAnsweredAt()));
    }

    /** {@code comments} hands each comment, in order, to the consumer it is given. */
    static void write(Consultation c, List<Paragraph> paragraphs, Consumer<Consumer<Comment>> comments, OutputStream out)
            throws IOException {
        Map<Integer, String> text = paragraphs.stream().collect(Collectors.toMap(Paragraph::number, Paragraph::body));
        List<Function<Comment, String>> columns = columns(text);
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet("意见及答复");
            CellStyle bold = Sheets.bold(workbook);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Cell heading = sheet.createRow(0).createCell(0);
            heading.setCellValue(c.title() + "（" + c.divisionName() + "）意见及答复，共 " + c.comments() + " 条，截止 "
                    + TIME.format(c.localDeadline()));
            heading.setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Sheets.header(sheet, 1, List.of(HEADER), i -> WIDTHS[i]);
            int[] next = {2};
            comments.accept(k -> {
                Row row = sheet.createRow(next[0]);
                row.createCell(0).setCellValue(next[0] - 1);
                row.createCell(1).setCellValue(k.paragraph());
                for (int i = 0; i < columns.size(); i++) {
                    Cell cell = row.createCell(i + 2);
                    cell.setCellValue(columns.get(i).apply(k));
                    cell.setCellStyle(wrap);
                }
                next[0]++;
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
