package org.linli.workitems.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.workitems.admission.Paged;
import org.linli.workitems.admission.WorkItemLists;
import org.linli.workitems.burden.BurdenCounts;
import org.linli.workitems.burden.BurdenEntry;
import org.linli.workitems.burden.BurdenKind;
import org.linli.workitems.burden.Burdens;
import org.linli.workitems.burden.CommitteeBurden;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The burden pages: the street's and the district's counts before and now with a chart and the
 * committees carrying the most; each committee's inventory, recorded by the committee or its street.
 */
@Controller
class BurdenController {

    static final int PAGE = 20;

    private final Burdens burdens;
    private final WorkItemLists workItems;
    private final PlaceNames placeNames;
    private final Divisions divisions;

    BurdenController(Burdens burdens, WorkItemLists workItems, PlaceNames placeNames, Divisions divisions) {
        this.divisions = divisions;
        this.burdens = burdens;
        this.workItems = workItems;
        this.placeNames = placeNames;
    }

    @GetMapping("/burden")
    String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        if (user.role() == Role.COMMUNITY_WORKER) {
            return "redirect:/burden/" + user.divisionId();
        }
        Map<BurdenKind, BurdenCounts> counts = burdens.counts(user);
        Paged<CommitteeBurden> ranking = burdens.ranking(user, Math.max(0, page), PAGE);
        model.addAttribute("counts", counts.values());
        model.addAttribute("kinds", BurdenKind.values());
        model.addAttribute("ranking", ranking);
        model.addAttribute("places", placeNames.labels(ranking.rows().stream().map(CommitteeBurden::committeePath).toList()));
        model.addAttribute("ids", ids(ranking));
        model.addAttribute("chartNames", Arrays.stream(BurdenKind.values()).map(BurdenKind::label).collect(Collectors.joining("|")));
        model.addAttribute("chartBefore", counts.values().stream().map(c -> String.valueOf(c.recorded())).collect(Collectors.joining(",")));
        model.addAttribute("chartNow", counts.values().stream().map(c -> String.valueOf(c.kept())).collect(Collectors.joining(",")));
        return "workitems/burden";
    }

    @GetMapping("/burden/{committeeId}")
    String committee(@AuthenticationPrincipal CurrentUser user, @PathVariable long committeeId,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        Division committee = burdens.committee(committeeId, user);
        model.addAttribute("committee", committee);
        model.addAttribute("items", burdens.items(committee, Math.max(0, page), PAGE));
        model.addAttribute("mayEdit", burdens.mayEdit(user));
        model.addAttribute("kinds", BurdenKind.values());
        model.addAttribute("admitted", workItems.onCommittee(committee, 0, 100).rows());
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", BurdenEntry.empty());
        }
        return "workitems/burden-committee";
    }

    @PostMapping("/burden/{committeeId}")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long committeeId,
                  @Valid @ModelAttribute("entry") BurdenEntry entry, RedirectAttributes redirect) {
        burdens.record(committeeId, entry, user);
        redirect.addFlashAttribute("saved", "已登记：" + entry.name());
        return "redirect:/burden/" + committeeId;
    }

    @PostMapping("/burden/{committeeId}/items/{itemId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long committeeId, @PathVariable long itemId,
                  RedirectAttributes redirect) {
        burdens.remove(committeeId, itemId, user);
        redirect.addFlashAttribute("saved", "已标记为取消");
        return "redirect:/burden/" + committeeId;
    }

    /** The committees' ids by path, for links from the ranking to each inventory. */
    private Map<String, Long> ids(Paged<CommitteeBurden> ranking) {
        return divisions.byCodes(ranking.rows().stream().map(r -> BurdenExportController.code(r.committeePath())).toList())
                .stream().collect(Collectors.toMap(Division::path, Division::id, (a, b) -> a));
    }
}
