package org.linli.workitems.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.shared.Sheets;

/** A list version as an Excel file in the columns the import reads, and the empty template with how to fill it. */
public final class ListSheets {

    private static final int[] WIDTHS = {6, 28, 50, 40, 24, 24};
    private static final String[][] HELP = {
            {"列", "说明"},
            {ListRows.NUMBER, "选填，正整数；导入后按序号排列，未填的排在后面"},
            {ListRows.TITLE, "必填，不超过200字"},
            {ListRows.CONTENT, "选填，事项的具体内容"},
            {ListRows.BASIS, "必填，法律法规或政策文件，如《中华人民共和国城市居民委员会组织法》第三条"},
            {ListRows.AUTHORITY, "必填，事项的责任单位；证明事项填写居民应前往办理的部门"},
            {ListRows.KEYWORDS, "选填，群众常用的其他说法，用顿号分隔，用于检索和负面清单比对"},
            {"", "导入的事项成为新的草稿（替换尚未发布的草稿），有误的行不导入并列出行号和原因；发布后方才生效。"}};

    private ListSheets() {
    }

    /** The version's entries, one row each, under the list's name and effective date. */
    public static byte[] write(WorkList list, String districtName, List<ListEntry> entries) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(list.kind().label());
            Sheets.header(sheet, 0, ListRows.COLUMNS, i -> WIDTHS[i]);
            int r = 1;
            for (ListEntry e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.number());
                row.createCell(1).setCellValue(e.title());
                row.createCell(2).setCellValue(e.content() == null ? "" : e.content());
                row.createCell(3).setCellValue(e.basis());
                row.createCell(4).setCellValue(e.authority());
                row.createCell(5).setCellValue(e.keywords() == null ? "" : e.keywords());
            }
            Sheet about = workbook.createSheet("版本");
            about.createRow(0).createCell(0).setCellValue(districtName + list.kind().label() + " 第 " + list.version() + " 版");
            about.createRow(1).createCell(0).setCellValue(list.effectiveFrom() == null ? "草稿" : list.effectiveFrom() + " 起施行");
            about.setColumnWidth(0, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet to fill, in the import's columns, and how to fill it. */
    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("清单");
            Sheets.header(sheet, 0, ListRows.COLUMNS, i -> WIDTHS[i]);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (int c = 1; c < ListRows.COLUMNS.size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
            }
            Sheet help = workbook.createSheet("填写说明");
            for (int i = 0; i < HELP.length; i++) {
                Row r = help.createRow(i);
                r.createCell(0).setCellValue(HELP[i][0]);
                r.createCell(1).setCellValue(HELP[i][1]);
            }
            help.setColumnWidth(0, 18 * 256);
            help.setColumnWidth(1, 90 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
