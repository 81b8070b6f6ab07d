package org.linli.workitems.burden;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.shared.Sheets;

/**
 * The burden inventory as an Excel sheet, in the columns a street's clean-up ledger keeps: 类别,
 * 名称, 要求部门, 是否准入, 取消日期. Reads an uploaded file, writes the template, and writes back the
 * rows an import refused with the reason beside each, so they can be mended and uploaded again.
 */
public final class BurdenRows {

    static final String KIND = "类别";
    static final String NAME = "名称";
    static final String DEPARTMENT = "要求部门";
    static final String ADMITTED = "是否准入";
    static final String REMOVED = "取消日期";
    static final String REASON = "原因";
    static final List<String> COLUMNS = List.of(KIND, NAME, DEPARTMENT, ADMITTED, REMOVED);
    private static final List<String> REQUIRED = List.of(KIND, NAME, DEPARTMENT);

    private BurdenRows() {
    }

    /** One row: its number as Excel shows it, and its cells by column name. */
    public record Line(int number, Map<String, String> cells) implements java.io.Serializable {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The file could not be read as an inventory; the message key says why. */
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
                throw new Unreadable("workitems.burden.import.empty", "");
            }
            List<String> header = Sheets.columnNames(headerRow, formatter).stream().map(BurdenRows::column).toList();
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new Unreadable("workitems.burden.import.columns", String.join("、", missing));
            }
            List<Line> lines = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = row == null ? null : Sheets.cells(row, header, c -> text(c, formatter));
                if (cells != null && cells.values().stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("workitems.burden.import.unreadable", "");
        }
    }

    /** A cell as typed; a date cell as 2026-03-01 whatever its display format. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    /** A header as the columns are known, under the names ledgers commonly give them. */
    private static String column(String name) {
        String n = name.replaceAll("[\\s\\u3000]", "");
        return switch (n) {
            case "类型", "类别", "种类" -> KIND;
            case "名称", "事项名称", "牌子名称", "名称/内容" -> NAME;
            case "部门", "要求部门", "要求设立的部门", "设立部门", "部门名称" -> DEPARTMENT;
            case "准入", "是否准入", "已准入" -> ADMITTED;
            case "取消日期", "摘牌日期", "取消时间" -> REMOVED;
            default -> n;
        };
    }

    /** The empty sheet to fill, with one example row per kind of entry. */
    public static byte[] template() {
        return write(List.of(new String[] {"挂牌", "禁毒工作站", "区禁毒办", "否", ""},
                new String[] {"报表台账", "流动人口月报", "区公安分局", "是", "2026-03-01"}), false);
    }

    /** The refused rows as they were typed, each with its reason in the last column. */
    public static byte[] refused(List<BurdenImport.Problem> problems) {
        return write(problems.stream().map(p -> {
            String[] cells = new String[COLUMNS.size() + 1];
            for (int i = 0; i < COLUMNS.size(); i++) {
                cells[i] = p.line().get(COLUMNS.get(i));
            }
            cells[COLUMNS.size()] = "第 " + p.line().number() + " 行：" + p.reason();
            return cells;
        }).toList(), true);
    }

    private static byte[] write(List<String[]> rows, boolean withReason) {
        List<String> names = new ArrayList<>(COLUMNS);
        if (withReason) {
            names.add(REASON);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("减负清单");
            Sheets.header(sheet, 0, names, i -> i == 1 || i == 5 ? 36 : 14);
            int r = 1;
            for (String[] cells : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
