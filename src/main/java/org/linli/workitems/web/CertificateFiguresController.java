package org.linli.workitems.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Sheets;
import org.linli.workitems.certificates.CertificateFigures;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Certificates refused per kind and per department named, per child division, with charts and the Excel file. */
@Controller
class CertificateFiguresController {

    private static final int PAGE = 20;
    private static final int ALL = 10_000;

    private final CertificateFigures figures;

    CertificateFiguresController(CertificateFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/certificates/figures")
    String page(@AuthenticationPrincipal CurrentUser user,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var shown = figures.of(user, from, to, page, PAGE);
        model.addAttribute("figures", shown);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (Math.max(shown.byKind().keys(), shown.byDepartment().keys()) + PAGE - 1) / PAGE));
        model.addAttribute("kindNames", shown.byKind().rows().stream().map(CertificateFigures.Row::key).collect(Collectors.joining("|")));
        model.addAttribute("kindTotals", join(shown.byKind()));
        model.addAttribute("departmentNames", shown.byDepartment().rows().stream().map(r -> label(r.key()))
                .collect(Collectors.joining("|")));
        model.addAttribute("departmentTotals", join(shown.byDepartment()));
        return "workitems/certificate-figures";
    }

    @GetMapping("/certificates/figures.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws IOException {
        var all = figures.of(user, from, to, 0, ALL);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook, "按证明种类", "证明事项", all.columns(), all.byKind());
            sheet(workbook, "按要求出具的部门", "部门", all.columns(), all.byDepartment());
            workbook.write(out);
            return WorkListFileController.file("不予出具证明统计（" + all.from() + "至" + all.to() + "）.xlsx", out.toByteArray());
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, String first, List<Division> columns, CertificateFigures.Table table) {
        Sheet sheet = workbook.createSheet(name);
        List<String> headers = new ArrayList<>(List.of(first, "合计"));
        columns.forEach(c -> headers.add(c.name()));
        Sheets.header(sheet, 0, headers, i -> i == 0 ? 28 : 12);
        int r = 1;
        for (CertificateFigures.Row f : table.rows()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(label(f.key()));
            row.createCell(1).setCellValue(f.total());
            for (int c = 0; c < f.counts().size(); c++) {
                row.createCell(c + 2).setCellValue(f.counts().get(c));
            }
        }
    }

    /** A department's name as shown: requests without one are "未注明". */
    static String label(String key) {
        return key == null || key.isEmpty() ? "未注明" : key;
    }

    private static String join(CertificateFigures.Table table) {
        return table.rows().stream().map(r -> String.valueOf(r.total())).collect(Collectors.joining(","));
    }
}
