package org.linli.casework.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.casework.CaseStatus;
import org.linli.casework.Cases;
import org.linli.casework.Categories;
import org.linli.casework.Departments;
import org.linli.casework.Extensions;
import org.linli.casework.internal.CaseExport;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue of cases each party works through, with its filters and search, its export to Excel,
 * and the street's waiting extension requests.
 */
@Controller
class QueueController {

    private static final int PAGE = 50;

    private final CaseReads reads;
    private final CaseExport export;
    private final Categories categories;
    private final Departments departments;
    private final Divisions divisions;
    private final Extensions extensions;
    private final Clock clock;

    QueueController(CaseReads reads, CaseExport export, Categories categories, Departments departments, Divisions divisions,
                    Extensions extensions, Clock clock) {
        this.reads = reads;
        this.export = export;
        this.categories = categories;
        this.departments = departments;
        this.divisions = divisions;
        this.extensions = extensions;
        this.clock = clock;
    }

    /** The queue's filters as the page and the export take them. */
    record Query(CaseStatus status, String category, String division, boolean open, boolean overdue, String q) {

        Query {
            category = category == null ? "" : category;
            division = division == null ? "" : division;
            q = q == null ? "" : q.strip();
            q = q.length() > 50 ? q.substring(0, 50) : q;
        }

        /** The same filters as a query string, for the pager and the export link. */
        String params() {
            UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("open", open).queryParam("overdue", overdue)
                    .queryParam("category", category).queryParam("division", division).queryParam("q", q);
            if (status != null) {
                b.queryParam("status", status);
            }
            return b.encode().build().getQuery();
        }
    }

    /** The filter as the queue and the map show it again: what was asked, and the child areas offered. */
    static void filterModel(Model model, Query query, List<Division> children) {
        model.addAttribute("status", query.status());
        model.addAttribute("category", query.category());
        model.addAttribute("division", query.division());
        model.addAttribute("open", query.open());
        model.addAttribute("overdue", query.overdue());
        model.addAttribute("q", query.q());
        model.addAttribute("children", children);
    }

    @GetMapping("/cases")
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
                 @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String division,
                 @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Query query = new Query(status, category, division, open, overdue, q);
        List<Division> children = children(user);
        Cases.Filter filter = filter(query, children);
        long total = reads.count(user, filter);
        int p = Math.max(0, page);
        model.addAttribute("cases", reads.queue(user, filter, p, PAGE));
        model.addAttribute("total", total);
        model.addAttribute("pages", (int) Math.min(200, (total + PAGE - 1) / PAGE));
        model.addAttribute("page", p);
        filterModel(model, query, children);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("waiting", reads.waiting(user));
        model.addAttribute("department", departments.of(user).orElse(null));
        model.addAttribute("extensionRequests", extensions.pending(user, 20));
        model.addAttribute("extensionCount", extensions.pendingCount(user));
        model.addAttribute("base", "/cases?" + query.params());
        model.addAttribute("exportLink", "/cases/export?" + query.params());
        return "casework/cases";
    }

    /** The filtered list as an Excel sheet, streamed, masked as the list is. */
    @GetMapping("/cases/export")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
                @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String division,
                @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "") String q, HttpServletResponse response) throws IOException {
        Query query = new Query(status, category, division, open, overdue, q);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"cases-" + LocalDate.now(clock) + ".xlsx\"");
        export.write(user, filter(query, children(user)), response.getOutputStream());
    }

    private List<Division> children(CurrentUser user) {
        return user.role() == Role.DEPARTMENT_STAFF ? List.of()
                : divisions.findUnscoped(user.divisionId()).map(d -> divisions.children(d, user.scope(), 0, 500)).orElse(List.of());
    }

    static Cases.Filter filter(Query query, List<Division> children) {
        String under = children.stream().filter(d -> d.code().equals(query.division())).map(Division::path).findFirst().orElse(null);
        return new Cases.Filter(query.status(), query.category().isBlank() ? null : query.category(), under, query.open(),
                query.overdue(), query.q());
    }
}
