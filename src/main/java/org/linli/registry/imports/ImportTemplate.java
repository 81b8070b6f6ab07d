package org.linli.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The residents import template: the sheet to fill (column names only), a sheet with an example
 * row, and a sheet that explains the columns. The importer reads the first sheet only, and skips
 * the example's row wherever it is found (templates handed out before had it on the first sheet):
 * importing the template unchanged imports nobody.
 */
public final class ImportTemplate {

    /** The example's ID number: a well-known test number that no real person has. */
    static final String EXAMPLE_ID = "11010519491231002X";

    private static final String[] EXAMPLE = {"张三", EXAMPLE_ID, "13800138000", "汉族", "户籍在本地", "户主",
            EXAMPLE_ID, "150104001002001001001", "1", "0302"};

    private static final String[][] HELP = {
            {"列", "说明"},
            {"姓名", "必填，不超过 50 个字"},
            {"身份证号", "必填，18 位，校验位须正确；同一身份证号再次导入时更新此人，不会重复登记"},
            {"手机号", "选填，11 位，以 13–19 开头"},
            {"民族", "选填，写全称，默认汉族"},
            {"户籍", "必填：户籍在本地、户籍在外地、流动人口"},
            {"与户主关系", "必填：户主、配偶、子女、父母、孙子女、兄弟姐妹、其他"},
            {"户主身份证号", "必填；户主本人填自己的身份证号；同户成员填户主的，户主须在本文件中或已登记"},
            {"楼栋编码", "必填，区划树中楼栋的编码（如 150104001002001001001），须在您的管辖范围内"},
            {"单元", "必填，1 到该楼栋的单元数"},
            {"户室", "必填，如 0302"},
            {"", "“示例”表中的行只作参考，不会导入；导入只读取第一张表“居民”。"},
            {"", "有误的行不会导入，可下载“未导入的行”文件，按红色单元格的批注改正后再次导入。"}};

    private ImportTemplate() {
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet residents = workbook.createSheet("居民");
            columns(workbook, residents);
            Sheet example = workbook.createSheet("示例（不会导入）");
            columns(workbook, example);
            Row row = example.createRow(1);
            for (int c = 0; c < EXAMPLE.length; c++) {
                row.createCell(c).setCellValue(EXAMPLE[c]);
            }
            example.createRow(3).createCell(0).setCellValue("这是填写示例，不会导入。请在“居民”表第 2 行起填写，每行一人。");
            help(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bold column names, every column text (ID numbers must not become numbers). */
    private static void columns(XSSFWorkbook workbook, Sheet sheet) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row header = sheet.createRow(0);
        List<String> columns = ResidentRows.COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c == 1 || c == 6 || c == 7 ? 22 : 12) * 256);
            sheet.setDefaultColumnStyle(c, text);
        }
    }

    /** Whether a row is the template's example, as handed out now or before. */
    static boolean isExample(ResidentRows.Line line) {
        return EXAMPLE_ID.equals(line.get("身份证号").toUpperCase()) && EXAMPLE[0].equals(line.get("姓名"));
    }

    private static void help(XSSFWorkbook workbook) {
        Sheet help = workbook.createSheet("填写说明");
        for (int i = 0; i < HELP.length; i++) {
            Row r = help.createRow(i);
            r.createCell(0).setCellValue(HELP[i][0]);
            r.createCell(1).setCellValue(HELP[i][1]);
        }
        help.setColumnWidth(0, 16 * 256);
        help.setColumnWidth(1, 90 * 256);
    }
}
