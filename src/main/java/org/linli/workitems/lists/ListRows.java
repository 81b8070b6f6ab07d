package org.linli.workitems.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.linli.shared.Sheets;

/**
 * Reads a list's Excel file (first sheet) by its column names, as the lists are published:
 * 序号, 事项名称, 内容, 依据, 责任单位/主管部门, 关键词. The authority's column may also be named
 * 责任单位 or 主管部门 alone.
 */
final class ListRows {

    static final String NUMBER = "序号";
    static final String TITLE = "事项名称";
    static final String CONTENT = "内容";
    static final String BASIS = "依据";
    static final String AUTHORITY = "责任单位/主管部门";
    static final String KEYWORDS = "关键词";
    static final List<String> COLUMNS = List.of(NUMBER, TITLE, CONTENT, BASIS, AUTHORITY, KEYWORDS);
    private static final List<String> REQUIRED = List.of(TITLE, BASIS, AUTHORITY);

    private ListRows() {
    }

    /** One row: its number as Excel shows it, and its cells by column name. */
    record Line(int number, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The file could not be read as a list; the message key says why. */
    static final class Unreadable extends Exception {

        final String key;
        final String detail;

        Unreadable(String key, String detail) {
            super(key);
            this.key = key;
            this.detail = detail;
        }
    }

    static List<Line> read(byte[] content) throws Unreadable {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new Unreadable("workitems.list.import.empty", "");
            }
            List<String> header = new ArrayList<>(Sheets.columnNames(headerRow, formatter).stream().map(ListRows::column).toList());
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new Unreadable("workitems.list.import.columns", String.join("、", missing));
            }
            List<Line> lines = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = row == null ? null : Sheets.cells(row, header, c -> formatter.formatCellValue(c).strip());
                if (cells != null) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("workitems.list.import.unreadable", "");
        }
    }

    /** A header as the columns are known: the authority's column under any of its usual names. */
    private static String column(String name) {
        String n = name.replaceAll("[\\s\\u3000]", "").replace('／', '/');
        return switch (n) {
            case "责任单位", "主管部门", "责任单位/主管部门", "主管部门/责任单位", "责任单位（主管部门）" -> AUTHORITY;
            case "法律依据", "依据", "政策依据", "法律法规依据" -> BASIS;
            case "事项", "事项名称", "名称" -> TITLE;
            default -> n;
        };
    }
}
