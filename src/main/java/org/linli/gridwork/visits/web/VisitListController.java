package org.linli.gridwork.visits.web;

import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.gridwork.visits.DueVisits;
import org.linli.gridwork.visits.TagNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list of visits due (/visits): a grid worker's grid on a phone; for committees and streets the
 * same list of their area, narrowed to a place below them, a group, and overdue or due this week.
 */
@Controller
class VisitListController {

    private final DueVisits due;
    private final Divisions divisions;
    private final TagNames tagNames;

    VisitListController(DueVisits due, Divisions divisions, TagNames tagNames) {
        this.due = due;
        this.divisions = divisions;
        this.tagNames = tagNames;
    }

    @GetMapping("/visits")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long place,
                @RequestParam(defaultValue = "") String tag, @RequestParam(defaultValue = "DUE") DueVisits.When when,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String path = "";
        if (place != null) {
            path = divisions.find(place, user.scope()).map(Division::path).orElseThrow(() -> new NotFoundException("place " + place));
        }
        DueVisits.Page result = due.list(user, new DueVisits.Filter(path, tag, when, page));
        Map<String, String> tags = tagNames.visibleTo(user.role().maySeeSensitiveTags());
        model.addAttribute("result", result);
        model.addAttribute("tags", tags);
        model.addAttribute("tag", tags.containsKey(tag) ? tag : "");
        model.addAttribute("when", when);
        model.addAttribute("whens", DueVisits.When.values());
        model.addAttribute("place", place);
        model.addAttribute("places", places(user));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/visits").queryParamIfPresent("place", java.util.Optional.ofNullable(place))
                .queryParam("tag", tags.containsKey(tag) ? tag : "").queryParam("when", when.name()).build().toUriString());
        return "gridwork/visits";
    }

    /** The places below the user's own to narrow the list to (none for a grid worker, whose list is the grid). */
    private List<Division> places(CurrentUser user) {
        if (user.role() == Role.GRID_WORKER) {
            return List.of();
        }
        return divisions.find(user.divisionId(), user.scope())
                .map(d -> divisions.children(d, user.scope(), 0, 200)).orElse(List.of());
    }
}
