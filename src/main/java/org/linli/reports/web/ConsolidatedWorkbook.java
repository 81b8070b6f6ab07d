package org.linli.reports.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.reports.requests.ConsolidatedTable;
import org.linli.reports.templates.ReportField;
import org.linli.shared.Sheets;

/**
 * The consolidated table in the department's own layout: its column headings, one row per
 * committee with the submitted figures, and the total of the approved forms.
 */
final class ConsolidatedWorkbook {

    private ConsolidatedWorkbook() {
    }

    static void write(ConsolidatedTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("汇总表");
            List<String> headings = new ArrayList<>(List.of("街道", "社区", "状态"));
            table.fields().stream().map(ReportField::columnHeading).forEach(headings::add);
            Sheets.header(sheet, 0, headings, i -> i < 2 ? 22 : 14);
            int next = 1;
            for (ConsolidatedTable.Street street : table.streets()) {
                for (ConsolidatedTable.Row r : street.rows()) {
                    Row row = sheet.createRow(next++);
                    row.createCell(0).setCellValue(street.name());
                    row.createCell(1).setCellValue(r.committeeName());
                    row.createCell(2).setCellValue(r.statusLabel());
                    for (int i = 0; i < r.cells().size(); i++) {
                        BigDecimal v = r.cells().get(i).value();
                        if (r.shown() && v != null) {
                            row.createCell(3 + i).setCellValue(v.doubleValue());
                        }
                    }
                }
            }
            Row total = sheet.createRow(next);
            total.createCell(0).setCellValue("合计（审核通过）");
            for (int i = 0; i < table.total().size(); i++) {
                Cell cell = total.createCell(3 + i);
                cell.setCellValue(table.total().get(i).doubleValue());
            }
            workbook.write(out);
        }
    }
}
