package org.linli.conventions.web;

import jakarta.validation.Valid;

import java.util.List;

import org.linli.conventions.lists.HonourEntry;
import org.linli.conventions.lists.HonourForm;
import org.linli.conventions.lists.HonourLists;
import org.linli.conventions.lists.HonourStatus;
import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.Households;
import org.linli.conventions.points.ReasonForm;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Red and black lists: on notice through the appeal period, appealed, published. */
@Controller
class HonourController {

    private final HonourLists lists;
    private final Households households;

    HonourController(HonourLists lists, Households households) {
        this.lists = lists;
        this.households = households;
    }

    @GetMapping("/points/lists")
    String lists(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) HonourStatus status,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        if (user.role() == Role.RESIDENT) {
            List<HonourEntry> entries = lists.forResident(user);
            model.addAttribute("entries", entries);
            model.addAttribute("households", households.named(entries.stream().map(HonourEntry::householdId).toList()));
            return "conventions/lists-resident";
        }
        HonourLists.Page found = lists.page(user, status, page, PointsController.PAGE);
        model.addAttribute("found", found);
        model.addAttribute("households", households.named(found.entries().stream().map(HonourEntry::householdId).toList()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", HonourStatus.values());
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (found.total() + PointsController.PAGE - 1) / PointsController.PAGE));
        model.addAttribute("records", CommitteeOf.records(user));
        return "conventions/lists";
    }

    @PostMapping("/points/lists")
    @FormPage(value = "/points/award?residentId={residentId}", form = "honour")
    String propose(@AuthenticationPrincipal CurrentUser user, @Valid HonourForm form) {
        lists.propose(form, user);
        return "redirect:/points/lists";
    }

    @PostMapping("/points/lists/{id}/publish")
    @FormPage(value = "/points/lists", form = "entry-{id}")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        lists.publish(id, user);
        return "redirect:/points/lists";
    }

    @PostMapping("/points/lists/{id}/appeal")
    @FormPage(value = "/points/lists", form = "entry-{id}")
    String appeal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReasonForm form) {
        lists.appeal(id, form, user);
        return "redirect:/points/lists";
    }

    @PostMapping("/points/lists/{id}/decide")
    @FormPage(value = "/points/lists", form = "entry-{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean upheld,
                  @Valid ReasonForm form) {
        lists.decide(id, upheld, form, user);
        return "redirect:/points/lists";
    }
}
