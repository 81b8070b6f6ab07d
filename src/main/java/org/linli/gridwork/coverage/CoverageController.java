package org.linli.gridwork.coverage;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coverage pages: the grids of the user's area (street staff, district administrators, community
 * workers for their committee's grids), those below the rule first; a grid's month as a calendar.
 */
@Controller
class CoverageController {

    static final int PAGE_SIZE = 20;

    private final Coverage coverage;
    private final GridCalendar calendar;
    private final CoverageExport export;
    private final Divisions divisions;
    private final Clock clock;

    CoverageController(Coverage coverage, GridCalendar calendar, CoverageExport export, Divisions divisions, Clock clock) {
        this.coverage = coverage;
        this.calendar = calendar;
        this.export = export;
        this.divisions = divisions;
        this.clock = clock;
    }

    @GetMapping("/coverage")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
                @RequestParam(required = false) Long area, @RequestParam(defaultValue = "0") int page, Model model) {
        Division shown = area(user, area);
        YearMonth m = CoverageMonth.parse(month, LocalDate.now(clock));
        List<GridCoverage> grids = coverage.grids(shown, m);
        int pages = Math.max(1, (grids.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("area", shown);
        model.addAttribute("areaId", area);
        model.addAttribute("month", m);
        model.addAttribute("months", List.of(m.minusMonths(1), m.plusMonths(1)));
        model.addAttribute("rows", grids.subList(Math.min(p * PAGE_SIZE, grids.size()), Math.min((p + 1) * PAGE_SIZE, grids.size())));
        model.addAttribute("total", grids.size());
        model.addAttribute("belowCount", grids.stream().filter(GridCoverage::below).count());
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        model.addAttribute("chart", CoverageChart.of(grids, shown.level().ordinal() < Level.COMMITTEE.ordinal()));
        model.addAttribute("areas", choices(user));
        model.addAttribute("base", "/coverage?month=" + m + (area == null ? "" : "&area=" + area));
        model.addAttribute("daysJudged", coverage.judged(m).daysJudged());
        return "gridwork/coverage";
    }

    @GetMapping("/coverage.xlsx")
    void download(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
                  @RequestParam(required = false) Long area, HttpServletResponse response) throws IOException {
        Division shown = area(user, area);
        YearMonth m = CoverageMonth.parse(month, LocalDate.now(clock));
        export.write(shown, m, coverage.grids(shown, m), response);
    }

    @GetMapping("/coverage/grids/{id}")
    String grid(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String month,
                Model model) {
        reader(user);
        YearMonth m = CoverageMonth.parse(month, LocalDate.now(clock));
        model.addAttribute("cal", calendar.of(id, m, user));
        model.addAttribute("month", m);
        return "gridwork/coverage-grid";
    }

    /** The user's own division, or a street, committee or grid inside it chosen in the filter. */
    private Division area(CurrentUser user, Long id) {
        reader(user);
        Division own = divisions.findUnscoped(user.divisionId()).orElseThrow(() -> new NotFoundException("division"));
        if (id == null || id == own.id()) {
            return own;
        }
        return divisions.find(id, user.scope()).filter(d -> d.level().ordinal() <= Level.GRID.ordinal())
                .orElseThrow(() -> new NotFoundException("division"));
    }

    /** The streets and committees of the user's scope, for the filter. */
    private List<Division> choices(CurrentUser user) {
        if (user.role() == Role.GRID_WORKER || user.role() == Role.COMMUNITY_WORKER) {
            return List.of();
        }
        return divisions.search("", user.scope(), List.of(Level.STREET, Level.COMMITTEE), 2_000).stream()
                .sorted(java.util.Comparator.comparing(Division::path)).toList();
    }

    private static void reader(CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_STAFF || user.role() == Role.RESIDENT) {
            throw new NotFoundException("coverage");
        }
    }
}
