package org.linli.gridwork.coverage;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.division.Division;
import org.springframework.stereotype.Component;

/** The coverage list as a workbook: every grid of the area, below the rule first, as the page shows them. */
@Component
class CoverageExport {

    private static final String[] HEADERS = {"街道", "社区", "网格", "巡查次数", "已过天数", "达标天数", "每日应巡",
            "楼栋数", "已巡楼栋", "楼栋覆盖率(%)", "逾期走访", "是否未达标"};

    void write(Division area, YearMonth month, List<GridCoverage> grids, HttpServletResponse response) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(month.toString());
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                sheet.setColumnWidth(i, (i < 3 ? 20 : 11) * 256);
            }
            int r = 1;
            for (GridCoverage g : grids) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(g.street() == null ? "" : g.street());
                row.createCell(1).setCellValue(g.committee() == null ? "" : g.committee());
                row.createCell(2).setCellValue(g.name());
                row.createCell(3).setCellValue(g.patrols());
                row.createCell(4).setCellValue(g.daysJudged());
                row.createCell(5).setCellValue(g.daysMet());
                row.createCell(6).setCellValue(g.perDay());
                row.createCell(7).setCellValue(g.buildings());
                row.createCell(8).setCellValue(g.visited());
                row.createCell(9).setCellValue(g.sharePercent());
                row.createCell(10).setCellValue(g.overdueVisits());
                row.createCell(11).setCellValue(g.below() ? "未达标" : "达标");
            }
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(area.name() + "巡查覆盖" + month + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
            workbook.write(response.getOutputStream());
        }
    }
}
