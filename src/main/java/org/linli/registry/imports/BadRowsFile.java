package org.linli.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.registry.imports.ResidentRows.Line;

/**
 * The rows that were not imported, as the user typed them, each bad cell filled red with the reason
 * in a comment, and all reasons in a last column: fix the cells and import this file again.
 */
final class BadRowsFile {

    static final String REASONS = "错误原因";

    private BadRowsFile() {
    }

    static byte[] write(List<Line> lines, Map<Integer, Map<String, String>> bad) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("未导入的行");
            CellStyle red = workbook.createCellStyle();
            red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CreationHelper factory = workbook.getCreationHelper();
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Row header = sheet.createRow(0);
            List<String> columns = ResidentRows.COLUMNS;
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                sheet.setColumnWidth(c, (c == 1 || c == 6 ? 22 : 12) * 256);
            }
            header.createCell(columns.size()).setCellValue(REASONS);
            sheet.setColumnWidth(columns.size(), 60 * 256);
            int r = 1;
            for (Line line : lines) {
                Map<String, String> errors = bad.get(line.number());
                if (errors == null) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(line.get(columns.get(c)));
                    String reason = errors.get(columns.get(c));
                    if (reason != null) {
                        cell.setCellStyle(red);
                        ClientAnchor anchor = factory.createClientAnchor();
                        anchor.setCol1(c);
                        anchor.setCol2(c + 3);
                        anchor.setRow1(row.getRowNum());
                        anchor.setRow2(row.getRowNum() + 2);
                        Comment comment = drawing.createCellComment(anchor);
                        comment.setString(factory.createRichTextString(reason));
                        cell.setCellComment(comment);
                    }
                }
                StringBuilder all = new StringBuilder("原第 " + line.number() + " 行：");
                errors.forEach((column, reason) -> all.append(column).append("——").append(reason).append("；"));
                row.createCell(columns.size()).setCellValue(all.toString());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
