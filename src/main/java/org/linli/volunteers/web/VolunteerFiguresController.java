package org.linli.volunteers.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.shared.CurrentUser;
import org.linli.shared.Sheets;
import org.linli.volunteers.figures.VolunteerFigures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 志愿服务统计: each committee's volunteers against its residents and its certified hours, hours per month; chart and Excel. */
@Controller
class VolunteerFiguresController {

    private static final int PAGE = 30;
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final VolunteerFigures figures;

    VolunteerFiguresController(VolunteerFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/volunteers/figures")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, Math.min(page, 100_000));
        VolunteerFigures.Figures f = figures.of(user, year, shown, PAGE);
        model.addAttribute("f", f);
        model.addAttribute("page", shown);
        model.addAttribute("pages", Math.max(1, (f.committees() + PAGE - 1) / PAGE));
        model.addAttribute("monthHours", String.join(",", f.monthHours()));
        return "volunteers/figures";
    }

    @GetMapping("/volunteers/figures.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year)
            throws IOException {
        VolunteerFigures.Figures f = figures.of(user, year, 0, Integer.MAX_VALUE / 2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet committees = workbook.createSheet("各社区");
            Sheets.header(committees, 0, List.of("社区", "区划代码", "常住居民（人）", "注册志愿者（人）", "占居民比例", "认证服务时长（小时）"),
                    i -> i == 0 ? 24 : 16);
            int r = 1;
            for (VolunteerFigures.Row row : f.rows()) {
                Row x = committees.createRow(r++);
                x.createCell(0).setCellValue(row.committee().name());
                x.createCell(1).setCellValue(row.committee().code());
                x.createCell(2).setCellValue(row.residents());
                x.createCell(3).setCellValue(row.volunteers());
                x.createCell(4).setCellValue(row.share());
                x.createCell(5).setCellValue(row.hours());
            }
            Row total = committees.createRow(r);
            total.createCell(0).setCellValue("合计");
            total.createCell(2).setCellValue(f.total().residents());
            total.createCell(3).setCellValue(f.total().volunteers());
            total.createCell(4).setCellValue(f.total().share());
            total.createCell(5).setCellValue(f.total().hours());
            Sheet months = workbook.createSheet("各月");
            Sheets.header(months, 0, List.of("月份", "认证服务时长（小时）"), i -> 16);
            for (int m = 0; m < 12; m++) {
                Row x = months.createRow(m + 1);
                x.createCell(0).setCellValue(f.year() + "年" + (m + 1) + "月");
                x.createCell(1).setCellValue(Double.parseDouble(f.monthHours().get(m)));
            }
            workbook.write(out);
            String name = "志愿服务统计（" + f.year() + "年）.xlsx";
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                    .body(out.toByteArray());
        }
    }
}
