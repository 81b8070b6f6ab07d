package org.linli.benefits.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.shared.Sheets;

/**
 * The roster rows that were not imported, as typed, each bad cell filled red, with the reasons in
 * a last column: fix them and import this file again (the reasons column is not read).
 */
final class RosterBadRows {

    static final String REASONS = "错误原因";

    private RosterBadRows() {
    }

    static byte[] write(List<RosterRows.Line> lines, Map<Integer, Map<String, String>> bad) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("未导入的行");
            CellStyle red = workbook.createCellStyle();
            red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            List<String> columns = new java.util.ArrayList<>(RosterRows.COLUMNS);
            columns.add(REASONS);
            Sheets.header(sheet, 0, columns, i -> i == 1 ? 22 : i == 4 ? 60 : 14);
            int r = 1;
            for (RosterRows.Line line : lines) {
                Map<String, String> errors = bad.get(line.number());
                if (errors == null) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                for (int c = 0; c < RosterRows.COLUMNS.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(line.get(RosterRows.COLUMNS.get(c)));
                    if (errors.containsKey(RosterRows.COLUMNS.get(c))) {
                        cell.setCellStyle(red);
                    }
                }
                StringBuilder all = new StringBuilder("原第 " + line.number() + " 行：");
                errors.forEach((column, reason) -> all.append(column).append("——").append(reason).append("；"));
                row.createCell(RosterRows.COLUMNS.size()).setCellValue(all.toString());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
