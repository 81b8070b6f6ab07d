package org.linli.benefits.outreach.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.benefits.outreach.BenefitChoices;
import org.linli.benefits.outreach.EligibleFilter;
import org.linli.benefits.outreach.OutreachRoles;
import org.linli.benefits.outreach.Task;
import org.linli.benefits.outreach.Tasks;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Eligible minus enrolled (应享未享) for community workers, the street and the district: the open
 * matches of their scope with the reason and the rule version, and the same list as Excel.
 */
@Controller
class EligibleController {

    static final int PAGE = 20;
    private static final List<String> HEADERS = List.of("政策", "姓名", "年龄", "住址", "符合原因", "规则版本", "发现日期", "走访情况");

    private final Tasks tasks;
    private final BenefitChoices benefits;

    EligibleController(Tasks tasks, BenefitChoices benefits) {
        this.tasks = tasks;
        this.benefits = benefits;
    }

    @GetMapping("/benefits/eligible")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") EligibleFilter filter,
                @RequestParam(defaultValue = "0") int page, Model model) {
        requireOverseer(user);
        // Shown again after a refused filter (BenefitsRefusals): the refusal, and no list.
        boolean refused = model.containsAttribute("refusal") || !((Map<?, ?>) model.getAttribute("errors")).isEmpty();
        Tasks.Page result = refused ? new Tasks.Page(List.of(), 0) : tasks.page(user, filter, page, PAGE);
        model.addAttribute("benefits", benefits.visible(user.scope()));
        model.addAttribute("result", result);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE - 1) / PAGE));
        model.addAttribute("mayWorkTasks", OutreachRoles.mayWorkTasks(user.role()));
        return "benefits/eligible";
    }

    /** The list as filtered, masked as on the page, with the same columns; no more than the page shows. */
    @GetMapping("/benefits/eligible.xlsx")
    @FormPage("/benefits/eligible")
    void export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") EligibleFilter filter,
                HttpServletResponse response) throws IOException {
        requireOverseer(user);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("应享未享");
            org.linli.shared.Sheets.header(sheet, 0, HEADERS, i -> i == 3 || i == 4 ? 36 : 12);
            int[] next = {1};
            tasks.export(user, filter, t -> write(sheet.createRow(next[0]++), t));
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode("应享未享名单.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
            workbook.write(response.getOutputStream());
        }
    }

    private static void write(Row row, Task t) {
        row.createCell(0).setCellValue(t.match().benefitName());
        row.createCell(1).setCellValue(t.name());
        if (t.age() != null) {
            row.createCell(2).setCellValue(t.age());
        }
        row.createCell(3).setCellValue(t.address());
        row.createCell(4).setCellValue(t.match().reason());
        row.createCell(5).setCellValue("第 " + t.match().ruleVersion() + " 版");
        row.createCell(6).setCellValue(t.match().localFoundAt().toLocalDate().toString());
        row.createCell(7).setCellValue(t.match().state());
    }

    private static void requireOverseer(CurrentUser user) {
        if (!OutreachRoles.mayOversee(user.role())) {
            throw new NotFoundException("eligible minus enrolled");
        }
    }
}
