package org.linli.workbench;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.sizing.CommitteeSize;
import org.linli.division.sizing.Sizing;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role's home page: the part of the hierarchy the person is responsible for, and what
 * needs their attention in it.
 */
@Controller
class HomeController {

    private final Divisions divisions;
    private final Sizing sizing;
    private final Accounts accounts;
    private final org.linli.casework.Cases cases;
    private final org.linli.deliberation.Implementation implementation;
    private final org.linli.casework.Extensions extensions;

    HomeController(Divisions divisions, Sizing sizing, Accounts accounts, org.linli.casework.Cases cases,
                   org.linli.deliberation.Implementation implementation, org.linli.casework.Extensions extensions) {
        this.extensions = extensions;
        this.implementation = implementation;
        this.divisions = divisions;
        this.sizing = sizing;
        this.accounts = accounts;
        this.cases = cases;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        Division node = divisions.get(user.divisionId(), user.scope());
        model.addAttribute("node", node);
        model.addAttribute("crumbs", divisions.lineage(node));
        model.addAttribute("myTasks", user.role() == Role.DEPARTMENT_STAFF ? List.of() : implementation.mine(user));
        if (user.role() == Role.RESIDENT) {
            return "workbench/resident";
        }
        Map<Level, Long> counts = divisions.countByLevel(user.scope());
        model.addAttribute("counts", List.of(Level.STREET, Level.COMMITTEE, Level.GRID, Level.ESTATE, Level.BUILDING).stream()
                .filter(counts::containsKey).map(l -> new LevelCount(l.label(), counts.get(l))).toList());
        List<CommitteeSize> outside = user.role().ownsCommitteeSizing() ? sizing.outside(user.scope()) : List.of();
        model.addAttribute("outside", outside.stream().limit(8).toList());
        model.addAttribute("outsideCount", outside.size());
        Set<Long> staffed = accounts.staffedGrids(user.scope());
        List<Division> unstaffed = divisions.search("", user.scope(), List.of(Level.GRID), 5000).stream()
                .filter(g -> !staffed.contains(g.id())).toList();
        model.addAttribute("unstaffed", unstaffed.stream().limit(8).toList());
        model.addAttribute("unstaffedCount", unstaffed.size());
        model.addAttribute("waiting", cases.waiting(user));
        model.addAttribute("urgent", cases.queue(user, org.linli.casework.Cases.Filter.open(), 0, 6));
        model.addAttribute("extensionCount", extensions.pendingCount(user));
        model.addAttribute("locked", user.role().mayManageAccounts() ? accounts.lockedCount(user.scope()) : 0);
        if (user.role() == Role.GRID_WORKER) {
            model.addAttribute("children", divisions.children(node, user.scope(), 0, 100));
        }
        return "workbench/home";
    }

    record LevelCount(String label, long count) {
    }
}
