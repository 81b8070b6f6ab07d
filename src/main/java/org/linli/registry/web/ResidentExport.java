package org.linli.registry.web;

import java.time.LocalDate;
import java.time.Clock;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.linli.shared.Sheets;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A search result as an Excel file: masked, unless the user may reveal and asks for the whole
 * numbers (audited). A POST, like the search, so that no identifier lands in a URL.
 */
@Controller
class ResidentExport {

    private static final String[] HEADERS = {"姓名", "身份证号", "性别", "出生日期", "年龄", "手机号", "民族", "户籍", "居住状态", "与户主关系", "住址"};

    private final Residents residents;
    private final Clock clock;

    ResidentExport(Residents residents, Clock clock) {
        this.clock = clock;
        this.residents = residents;
    }

    @PostMapping("/residents/export.xlsx")
    @FormPage("/residents")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                @ModelAttribute("filter") FilterForm filter, @RequestParam(defaultValue = "false") boolean reveal,
                HttpServletResponse response) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("居民");
            Sheets.header(sheet, 0, List.of(HEADERS), i -> i == 1 ? 22 : i == 10 ? 32 : 12);
            int[] next = {1};
            LocalDate today = LocalDate.now(clock);
            // Beside the masked number the birth date would narrow it to a few hundred: only for roles that may reveal.
            boolean birthDates = user.role().mayReveal();
            residents.export(user, q, filter.filter(), reveal, (r, ids) -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(r.name());
                row.createCell(1).setCellValue(ids[0]);
                row.createCell(2).setCellValue(r.sex().label());
                row.createCell(3).setCellValue(birthDates ? r.birthDate().toString() : "");
                row.createCell(4).setCellValue(r.age(today));
                row.createCell(5).setCellValue(ids[1]);
                row.createCell(6).setCellValue(r.ethnicity());
                row.createCell(7).setCellValue(r.registration().label());
                row.createCell(8).setCellValue(r.status().label());
                row.createCell(9).setCellValue(r.relation().label());
                row.createCell(10).setCellValue(r.address());
            });
            // The file's headers only once the export went through: a refused one shows the search page.
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode("居民名单.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
            workbook.write(response.getOutputStream());
        }
    }
}
