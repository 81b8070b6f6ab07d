package org.linli.access.web;

import java.util.List;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.access.internal.AccountAdmin;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The grid workers section of a grid's page: who works the grid, and assigning another. */
@Controller
class GridWorkerController {

    private final Accounts accounts;
    private final AccountAdmin admin;
    private final Divisions divisions;

    GridWorkerController(Accounts accounts, AccountAdmin admin, Divisions divisions) {
        this.accounts = accounts;
        this.admin = admin;
        this.divisions = divisions;
    }

    @GetMapping("/grid-workers/{gridId}")
    String section(@AuthenticationPrincipal CurrentUser user, @PathVariable long gridId, Model model) {
        return render(user, grid(user, gridId), model);
    }

    @PostMapping("/grid-workers/{gridId}")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long gridId, @RequestParam long accountId,
                  Model model) {
        Division grid = grid(user, gridId);
        if (user.role() == Role.GRID_WORKER || user.role() == Role.DEPARTMENT_STAFF) {
            throw new NotFoundException("grid " + gridId);
        }
        admin.assignToGrid(accountId, gridId, user.scope());
        return render(user, grid, model);
    }

    private String render(CurrentUser user, Division grid, Model model) {
        // Candidates are the committee's grid workers; a grid worker's own scope is only the grid.
        List<Account> candidates = divisions.find(grid.parentId(), user.scope())
                .map(committee -> accounts.list(new DataScope(committee.path()), "", Role.GRID_WORKER, 0, 200))
                .orElse(List.of()).stream()
                .filter(a -> a.divisionId() != grid.id()).toList();
        model.addAttribute("grid", grid);
        model.addAttribute("workers", accounts.gridWorkers(grid.id(), user.scope()));
        model.addAttribute("candidates", candidates);
        model.addAttribute("mayAssign", user.role() != Role.GRID_WORKER && user.role() != Role.DEPARTMENT_STAFF);
        return "access/grid-workers :: section";
    }

    private Division grid(CurrentUser user, long gridId) {
        Division grid = divisions.get(gridId, user.scope());
        if (grid.level() != Level.GRID) {
            throw new NotFoundException("grid " + gridId);
        }
        return grid;
    }
}
