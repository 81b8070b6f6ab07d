package org.linli.benefits.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.shared.Sheets;

/** The roster template: the sheet to fill (its columns as text, so ID numbers stay whole) and how to fill it. */
public final class RosterTemplate {

    private static final String[][] HELP = {
            {"列", "说明"},
            {RosterRows.NAME, "必填，与户籍登记的姓名一致"},
            {RosterRows.ID, "必填，18 位，校验位须正确；须是您管辖范围内已登记的居民"},
            {RosterRows.SINCE, "必填，如 2026-01-01"},
            {RosterRows.UNTIL, "选填，不早于享受起始日期；已终止享受的填写终止日期"},
            {"", "同一居民再次导入时更新其起止日期，不会重复列入。有误的行不会导入，可下载退回的文件按原因改正后再次导入。"}};

    private RosterTemplate() {
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet roster = workbook.createSheet("享受名册");
            Sheets.header(roster, 0, RosterRows.COLUMNS, i -> i == 1 ? 22 : 14);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (int c = 0; c < RosterRows.COLUMNS.size(); c++) {
                roster.setDefaultColumnStyle(c, text);
            }
            Sheet help = workbook.createSheet("填写说明");
            for (int i = 0; i < HELP.length; i++) {
                Row r = help.createRow(i);
                r.createCell(0).setCellValue(HELP[i][0]);
                r.createCell(1).setCellValue(HELP[i][1]);
            }
            help.setColumnWidth(0, 16 * 256);
            help.setColumnWidth(1, 90 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
