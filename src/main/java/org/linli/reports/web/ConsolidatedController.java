package org.linli.reports.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.reports.requests.ConsolidatedTable;
import org.linli.reports.requests.Consolidation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A request's consolidated table, on the page and as the department's own Excel layout. */
@Controller
class ConsolidatedController {

    private final Consolidation consolidation;

    ConsolidatedController(Consolidation consolidation) {
        this.consolidation = consolidation;
    }

    @GetMapping("/reports/requests/{id}")
    String table(@AuthenticationPrincipal org.linli.shared.CurrentUser user, @PathVariable long id,
                 @RequestParam(required = false) String street, Model model) {
        model.addAttribute("table", consolidation.table(id, user, street));
        model.addAttribute("street", street);
        return "reports/consolidated";
    }

    @GetMapping("/reports/requests/{id}/export.xlsx")
    void export(@AuthenticationPrincipal org.linli.shared.CurrentUser user, @PathVariable long id,
                HttpServletResponse response) throws IOException {
        ConsolidatedTable table = consolidation.table(id, user, null);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(table.request().templateName() + "汇总表.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        ConsolidatedWorkbook.write(table, response.getOutputStream());
    }
}
