package org.linli.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.linli.shared.Sheets;

/** Reads the rows of a residents file, .xlsx or .csv (UTF-8), by the template's column names. */
final class ResidentRows {

    static final List<String> COLUMNS = List.of("姓名", "身份证号", "手机号", "民族", "户籍", "与户主关系", "户主身份证号",
            "楼栋编码", "单元", "户室");
    static final List<String> REQUIRED = List.of("姓名", "身份证号", "户籍", "与户主关系", "户主身份证号", "楼栋编码", "单元", "户室");

    private ResidentRows() {
    }

    /** One row of the file: its line number (as the user sees it) and its cells by column name. */
    record Line(int number, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    static List<Line> read(String fileName, InputStream in) throws IOException {
        String lower = fileName == null ? "" : fileName.toLowerCase();
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return readWorkbook(in);
        }
        if (lower.endsWith(".csv")) {
            return readCsv(in);
        }
        throw new RowsUnreadable("只能导入 .xlsx 或 .csv 文件，请使用下载的模板");
    }

    private static List<Line> readWorkbook(InputStream in) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new RowsUnreadable("文件是空的");
            }
            List<String> header = Sheets.columnNames(headerRow, formatter);
            requireColumns(header);
            List<Line> lines = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = Sheets.cells(row, header, cell -> formatter.formatCellValue(cell).strip());
                if (cells != null) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return lines;
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | IOException e) {
            throw new RowsUnreadable("文件不是有效的 Excel 文件（" + e.getMessage() + "）");
        }
    }

    private static List<Line> readCsv(InputStream in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.startsWith("\uFEFF") ? h.substring(1).strip() : h.strip()).toList();
            requireColumns(header);
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < header.size() && c < record.size(); c++) {
                    cells.put(header.get(c), record.get(c));
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, cells));
            }
            return lines;
        }
    }

    private static void requireColumns(List<String> header) {
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new RowsUnreadable("缺少列：" + String.join("、", missing) + "。请使用下载的模板");
        }
    }

    /** The file as a whole cannot be read. */
    static final class RowsUnreadable extends RuntimeException {
        RowsUnreadable(String reason) {
            super(reason);
        }
    }
}
