package org.linli.benefits.outreach.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.benefits.outreach.BenefitChoices;
import org.linli.benefits.outreach.FigureRow;
import org.linli.benefits.outreach.Figures;
import org.linli.shared.CurrentUser;
import org.linli.shared.Sheets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Outreach figures per benefit and child division, with a chart of one benefit and the Excel file. */
@Controller
class FiguresController {

    private static final List<String> HEADERS = List.of("政策", "区域", "发现", "已告知", "已申请", "已纳入名册", "发现至告知（中位数，天）");

    private final Figures figures;
    private final BenefitChoices benefits;

    FiguresController(Figures figures, BenefitChoices benefits) {
        this.figures = figures;
        this.benefits = benefits;
    }

    @GetMapping("/benefits/figures")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long benefit, Model model) {
        List<FigureRow> rows = figures.of(user, benefit);
        model.addAttribute("rows", rows);
        model.addAttribute("benefit", benefit);
        model.addAttribute("benefits", benefits.visible(user.scope()));
        // The chart shows one benefit by its divisions: the one chosen, else the first with figures.
        Long charted = benefit != null ? benefit : rows.isEmpty() ? null : rows.getFirst().benefitId();
        List<FigureRow> chart = rows.stream().filter(r -> !r.total() && charted != null && r.benefitId() == charted).toList();
        model.addAttribute("chartTitle", rows.stream().filter(r -> charted != null && r.benefitId() == charted)
                .map(FigureRow::benefitName).findFirst().orElse(""));
        model.addAttribute("chartNames", chart.stream().map(FigureRow::divisionName).collect(Collectors.joining("|")));
        model.addAttribute("chartFound", join(chart, FigureRow::found));
        model.addAttribute("chartInformed", join(chart, FigureRow::informed));
        model.addAttribute("chartApplied", join(chart, FigureRow::applied));
        model.addAttribute("chartEnrolled", join(chart, FigureRow::enrolled));
        return "benefits/figures";
    }

    @GetMapping("/benefits/figures.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long benefit,
                HttpServletResponse response) throws IOException {
        List<FigureRow> rows = figures.of(user, benefit);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("政策找人统计");
            Sheets.header(sheet, 0, HEADERS, i -> i < 2 ? 24 : 14);
            int r = 1;
            for (FigureRow f : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(f.benefitName());
                row.createCell(1).setCellValue(f.divisionName());
                row.createCell(2).setCellValue(f.found());
                row.createCell(3).setCellValue(f.informed());
                row.createCell(4).setCellValue(f.applied());
                row.createCell(5).setCellValue(f.enrolled());
                if (f.medianDaysToInformed() != null) {
                    row.createCell(6).setCellValue(f.medianDaysToInformed());
                }
            }
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode("政策找人统计.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
            workbook.write(response.getOutputStream());
        }
    }

    private static String join(List<FigureRow> rows, java.util.function.ToLongFunction<FigureRow> value) {
        return rows.stream().map(r -> String.valueOf(value.applyAsLong(r))).collect(Collectors.joining(","));
    }
}
