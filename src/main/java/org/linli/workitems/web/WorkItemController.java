package org.linli.workitems.web;

import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.workitems.admission.Paged;
import org.linli.workitems.admission.WorkItemLists;
import org.linli.workitems.admission.WorkItemView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The committees' list of work (社区工作事项): what has been admitted and is in force on a committee,
 * with its department, basis, period and funding. A committee sees its own; a street or the
 * district sees what reaches into its scope, or one of its committees' lists.
 */
@Controller
class WorkItemController {

    private final WorkItemLists lists;
    private final Divisions divisions;
    private final PlaceNames placeNames;

    WorkItemController(WorkItemLists lists, Divisions divisions, PlaceNames placeNames) {
        this.lists = lists;
        this.divisions = divisions;
        this.placeNames = placeNames;
    }

    @GetMapping("/workitems")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                @RequestParam(defaultValue = "0") int page, Model model) {
        if (user.role() == Role.DEPARTMENT_STAFF) {
            return "redirect:/workitems/mine";
        }
        int shown = Math.max(0, page);
        Division chosen = null;
        if (user.role() == Role.COMMUNITY_WORKER) {
            chosen = divisions.get(user.divisionId(), user.scope());
        } else if (committee != null) {
            chosen = lists.committee(committee, user);
        }
        Paged<WorkItemView> items = chosen != null ? lists.onCommittee(chosen, shown, AdmissionController.PAGE)
                : lists.inScope(user, shown, AdmissionController.PAGE);
        model.addAttribute("items", items);
        model.addAttribute("committee", chosen);
        model.addAttribute("committees", user.role() == Role.COMMUNITY_WORKER ? List.of()
                : divisions.search("", user.scope(), List.of(Level.COMMITTEE), 500));
        model.addAttribute("places", placeNames.labels(items.rows().stream().flatMap(w -> w.targetPaths().stream()).distinct().toList()));
        return "workitems/items";
    }
}
