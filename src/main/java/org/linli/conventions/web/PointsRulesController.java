package org.linli.conventions.web;

import jakarta.validation.Valid;

import java.util.List;

import org.linli.conventions.lists.HonourList;
import org.linli.conventions.points.AppliesTo;
import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.Per;
import org.linli.conventions.points.PointsRules;
import org.linli.conventions.points.RuleForm;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The committee's points rules, and the page where a worker finds a resident to award, deduct or propose for a list. */
@Controller
class PointsRulesController {

    private final PointsRules rules;
    private final CommitteeOf committees;
    private final CommitteeResidents committeeResidents;
    private final Residents residents;
    private final java.time.Clock clock;

    PointsRulesController(PointsRules rules, CommitteeOf committees, CommitteeResidents committeeResidents, Residents residents,
                          java.time.Clock clock) {
        this.rules = rules;
        this.committees = committees;
        this.committeeResidents = committeeResidents;
        this.residents = residents;
        this.clock = clock;
    }

    @GetMapping("/points/rules")
    String rules(@AuthenticationPrincipal CurrentUser user, Model model) {
        CommitteeOf.staff(user);
        model.addAttribute("rules", rules.list(user));
        model.addAttribute("pers", Per.values());
        model.addAttribute("appliesTos", AppliesTo.values());
        model.addAttribute("records", CommitteeOf.records(user));
        return "conventions/rules";
    }

    @PostMapping("/points/rules")
    String add(@AuthenticationPrincipal CurrentUser user, @Valid RuleForm form) {
        rules.add(form, user);
        return "redirect:/points/rules";
    }

    @PostMapping("/points/rules/{id}/end")
    @FormPage("/points/rules")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        rules.end(id, user);
        return "redirect:/points/rules";
    }

    @GetMapping("/points/award")
    String award(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                 @RequestParam(required = false) Long residentId, Model model) {
        CommitteeOf.staff(user);
        List<ResidentView> found = List.of();
        if (CommitteeOf.records(user) && q.length() <= 50) {
            found = committeeResidents.searchAdults(committees.of(user).path(), q, java.time.LocalDate.now(clock), 20);
        }
        // A resident outside the scope is not chosen: the page shows the search (and a refused form's reason) instead.
        ResidentView chosen = residentId == null ? null : residents.find(residentId, user.scope()).orElse(null);
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        model.addAttribute("chosen", chosen);
        model.addAttribute("rules", CommitteeOf.records(user) ? rules.active(user) : List.of());
        model.addAttribute("lists", HonourList.values());
        model.addAttribute("records", CommitteeOf.records(user));
        return "conventions/award";
    }
}
