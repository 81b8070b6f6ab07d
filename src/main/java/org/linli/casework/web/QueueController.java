package org.linli.casework.web;

import java.util.List;

import org.linli.casework.CaseStatus;
import org.linli.casework.Cases;
import org.linli.casework.Categories;
import org.linli.casework.Departments;
import org.linli.casework.Extensions;
import org.linli.casework.internal.CaseReads;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The queue of cases each party works through, with its filters and the street's waiting extension requests. */
@Controller
class QueueController {

    private static final int PAGE = 50;

    private final CaseReads reads;
    private final Categories categories;
    private final Departments departments;
    private final Divisions divisions;
    private final Extensions extensions;

    QueueController(CaseReads reads, Categories categories, Departments departments, Divisions divisions, Extensions extensions) {
        this.reads = reads;
        this.categories = categories;
        this.departments = departments;
        this.divisions = divisions;
        this.extensions = extensions;
    }

    @GetMapping("/cases")
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
                 @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String division,
                 @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        List<Division> children = user.role() == Role.DEPARTMENT_STAFF ? List.of()
                : divisions.findUnscoped(user.divisionId()).map(d -> divisions.children(d, user.scope(), 0, 500)).orElse(List.of());
        String under = children.stream().filter(d -> d.code().equals(division)).map(Division::path).findFirst().orElse(null);
        Cases.Filter filter = new Cases.Filter(status, category.isBlank() ? null : category, under, open, overdue);
        long total = reads.count(user, filter);
        int p = Math.max(0, page);
        model.addAttribute("cases", reads.queue(user, filter, p, PAGE));
        model.addAttribute("total", total);
        model.addAttribute("pages", (int) Math.min(200, (total + PAGE - 1) / PAGE));
        model.addAttribute("page", p);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("division", division);
        model.addAttribute("open", open);
        model.addAttribute("overdue", overdue);
        model.addAttribute("children", children);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("waiting", reads.waiting(user));
        model.addAttribute("department", departments.of(user).orElse(null));
        model.addAttribute("extensionRequests", extensions.pending(user, 20));
        model.addAttribute("extensionCount", extensions.pendingCount(user));
        model.addAttribute("base", "/cases?open=" + open + "&overdue=" + overdue + "&category=" + category + "&division=" + division
                + (status == null ? "" : "&status=" + status));
        return "casework/cases";
    }
}
