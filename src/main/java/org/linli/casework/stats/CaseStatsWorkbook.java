package org.linli.casework.stats;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statistics as a sheet: a title row with scope and period, a frozen header, one row per
 * group and the total. Rates are numbers formatted as percentages so they can be sorted and
 * summed in Excel; undefined rates are left empty.
 */
final class CaseStatsWorkbook {

    private CaseStatsWorkbook() {
    }

    static void write(CaseStats.Report report, OutputStream out) throws IOException {
        Indicator[] indicators = Indicator.values();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("诉求统计");
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle title = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title.setFont(titleFont);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle hours = workbook.createCellStyle();
            hours.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            Cell heading = sheet.createRow(0).createCell(0);
            heading.setCellValue(report.scopeName() + " 诉求办理统计（按" + report.grouping().label() + "） "
                    + report.period().label());
            heading.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, indicators.length));

            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue(report.grouping().label());
            header.getCell(0).setCellStyle(bold);
            sheet.setColumnWidth(0, 34 * 256);
            for (int i = 0; i < indicators.length; i++) {
                Cell cell = header.createCell(i + 1);
                cell.setCellValue(indicators[i].label());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i + 1, Math.max(11, indicators[i].label().length() * 2 + 2) * 256);
            }
            sheet.createFreezePane(1, 2);
            int next = 2;
            for (GroupFigures f : report.rows()) {
                write(sheet.createRow(next++), f, indicators, percent, hours, null);
            }
            if (report.total() != null) {
                write(sheet.createRow(next), report.total(), indicators, percent, hours, bold);
            }
            workbook.write(out);
        }
    }

    private static void write(Row row, GroupFigures f, Indicator[] indicators, CellStyle percent, CellStyle hours, CellStyle name) {
        row.createCell(0).setCellValue(f.name());
        if (name != null) {
            row.getCell(0).setCellStyle(name);
        }
        for (int i = 0; i < indicators.length; i++) {
            Number v = indicators[i].of(f);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i + 1);
            cell.setCellValue(v.doubleValue());
            switch (indicators[i].kind()) {
                case RATE -> cell.setCellStyle(percent);
                case HOURS -> cell.setCellStyle(hours);
                case COUNT -> { }
            }
        }
    }
}
