package org.linli.benefits.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.linli.shared.Sheets;

/**
 * Reads a roster file (the paying authority's Excel, first sheet) by its column names. Date cells
 * become ISO dates, whatever their display format; every other cell is read as shown.
 */
final class RosterRows {

    static final String NAME = "姓名";
    static final String ID = "身份证号";
    static final String SINCE = "享受起始日期";
    static final String UNTIL = "终止日期";
    static final List<String> COLUMNS = List.of(NAME, ID, SINCE, UNTIL);
    static final List<String> REQUIRED = List.of(NAME, ID, SINCE);

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private RosterRows() {
    }

    /** One row: its number as the user sees it in Excel, and its cells by column name. */
    record Line(int number, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The file could not be read as a roster; the message says why, in Chinese. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static List<Line> read(byte[] content) throws Unreadable {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new Unreadable("文件是空的");
            }
            List<String> header = Sheets.columnNames(headerRow, formatter);
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new Unreadable("缺少列：" + String.join("、", missing) + "。请使用下载的名册模板");
            }
            List<Line> lines = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = Sheets.cells(row, header, cell -> text(cell, formatter));
                if (cells != null) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("文件无法读取，请上传 Excel（.xlsx）文件");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    /** A date as people write it (2026-01-05, 2026/1/5, 2026.1.5, 20260105, 2026年1月5日), or null. */
    static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        return null;
    }
}
