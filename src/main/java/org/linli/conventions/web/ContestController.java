package org.linli.conventions.web;

import jakarta.validation.Valid;

import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.Contests;
import org.linli.conventions.points.Households;
import org.linli.conventions.points.MyPoints;
import org.linli.conventions.points.ReasonForm;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A resident's own points and their contests; the workers' list of contests to answer. */
@Controller
class ContestController {

    private final MyPoints mine;
    private final Contests contests;
    private final Households households;

    ContestController(MyPoints mine, Contests contests, Households households) {
        this.mine = mine;
        this.contests = contests;
        this.households = households;
    }

    @GetMapping("/points/mine")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mine", mine.of(user).orElse(null));
        return "conventions/mine";
    }

    @PostMapping("/points/mine/entries/{id}/contest")
    @FormPage(value = "/points/mine", form = "contest-{id}")
    String contest(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReasonForm form) {
        contests.contest(id, form, user);
        return "redirect:/points/mine";
    }

    @GetMapping("/points/contests")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "true") boolean open,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Contests.Page found = contests.within(user, open, page, PointsController.PAGE);
        model.addAttribute("contests", found);
        model.addAttribute("households", households.named(found.contests().stream().map(c -> c.householdId()).toList()));
        model.addAttribute("open", open);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (found.total() + PointsController.PAGE - 1) / PointsController.PAGE));
        model.addAttribute("records", CommitteeOf.records(user));
        return "conventions/contests";
    }

    @PostMapping("/points/contests/{id}/uphold")
    @FormPage(value = "/points/contests", form = "contest-{id}")
    String uphold(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReasonForm form) {
        contests.uphold(id, form, user);
        return "redirect:/points/contests";
    }

    @PostMapping("/points/contests/{id}/withdraw")
    @FormPage(value = "/points/contests", form = "contest-{id}")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReasonForm form) {
        contests.withdraw(id, form, user);
        return "redirect:/points/contests";
    }
}
