package org.linli.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What every exported list's sheet starts with (its column names in bold, kept in view while
 * scrolling), and how an imported sheet's rows are read by those names.
 */
public final class Sheets {

    private Sheets() {
    }

    /** A bold cell style of the workbook. */
    public static CellStyle bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle bold = workbook.createCellStyle();
        bold.setFont(font);
        return bold;
    }

    /**
     * Writes the column names in bold on row {@code at} and freezes the rows down to it; a column's
     * width, in characters, comes from {@code width} (null: POI's default).
     */
    public static void header(Sheet sheet, int at, List<String> names, IntUnaryOperator width) {
        CellStyle bold = bold(sheet.getWorkbook());
        Row header = sheet.createRow(at);
        for (int i = 0; i < names.size(); i++) {
            header.createCell(i).setCellValue(names.get(i));
            header.getCell(i).setCellStyle(bold);
            if (width != null) {
                sheet.setColumnWidth(i, width.applyAsInt(i) * 256);
            }
        }
        sheet.createFreezePane(0, at + 1);
    }

    /** An imported sheet's column names as written in its header row, a blank name for each blank column. */
    public static List<String> columnNames(Row header, DataFormatter formatter) {
        List<String> names = new ArrayList<>();
        for (Cell cell : header) {
            while (names.size() < cell.getColumnIndex()) {
                names.add("");
            }
            names.add(formatter.formatCellValue(cell).strip());
        }
        return names;
    }

    /** One row's cells by column name, each read by {@code text}; null when every cell is blank. */
    public static Map<String, String> cells(Row row, List<String> names, Function<Cell, String> text) {
        Map<String, String> cells = new LinkedHashMap<>();
        boolean any = false;
        for (int c = 0; c < names.size(); c++) {
            String value = text.apply(row.getCell(c));
            any |= !value.isEmpty();
            cells.put(names.get(c), value);
        }
        return any ? cells : null;
    }
}
