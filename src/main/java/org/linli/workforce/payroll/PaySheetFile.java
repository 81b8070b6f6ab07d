package org.linli.workforce.payroll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.shared.Sheets;
import org.linli.workforce.pay.PayLine;

/** The month's pay sheet as an Excel workbook: one row per worker, the sum in the last row. */
public final class PaySheetFile {

    public static final List<String> HEADER = List.of("序号", "单位", "姓名", "岗位", "等级", "工龄（年）", "基本报酬", "年限补贴",
            "职业津贴", "应发合计");

    private PaySheetFile() {
    }

    public static byte[] write(PaySheet sheet, Map<String, String> places) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = workbook.createSheet(sheet.month() + " 薪酬");
            Sheets.header(s, 0, HEADER, i -> i == 1 ? 30 : 12);
            int r = 1;
            for (PayLine l : sheet.lines()) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(places.getOrDefault(l.worker().divisionPath(), l.worker().divisionPath()));
                row.createCell(2).setCellValue(l.worker().name());
                row.createCell(3).setCellValue(l.worker().post().label());
                row.createCell(4).setCellValue(l.worker().grade());
                row.createCell(5).setCellValue(l.years());
                row.createCell(6).setCellValue(l.basic());
                row.createCell(7).setCellValue(l.seniority());
                row.createCell(8).setCellValue(l.allowance());
                row.createCell(9).setCellValue(l.total());
                r++;
            }
            Row sum = s.createRow(r);
            sum.createCell(2).setCellValue("合计");
            sum.createCell(9).setCellValue(sheet.total());
            sum.getCell(2).setCellStyle(Sheets.bold(workbook));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
