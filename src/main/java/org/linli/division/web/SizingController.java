package org.linli.division.web;

import java.util.List;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.sizing.CommitteeSize;
import org.linli.division.sizing.SizingRule;
import org.linli.division.sizing.Sizing;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Committees outside the sizing rules, with the rule each breaks, and the per-region parameters. */
@Controller
class SizingController {

    private final Sizing sizing;
    private final Divisions divisions;

    SizingController(Sizing sizing, Divisions divisions) {
        this.sizing = sizing;
        this.divisions = divisions;
    }

    @GetMapping("/divisions/sizing")
    String report(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean all, Model model) {
        List<CommitteeSize> committees = sizing.committees(user.scope());
        List<CommitteeSize> outside = committees.stream().filter(c -> !c.findings().isEmpty()).toList();
        model.addAttribute("rows", all ? committees : outside);
        model.addAttribute("all", all);
        model.addAttribute("total", committees.size());
        model.addAttribute("outside", outside.size());
        List<SizingRule> rules = sizing.rulesFor(user.scope());
        model.addAttribute("rules", rules);
        model.addAttribute("effective", rules.stream().filter(r -> user.scope().path().startsWith(r.regionPath()))
                .reduce((a, b) -> b).orElseThrow());
        model.addAttribute("ownRule", rules.stream().anyMatch(r -> r.regionPath().equals(user.scope().path())));
        model.addAttribute("mayEditRules", user.role() == Role.DISTRICT_ADMIN);
        model.addAttribute("chartNames", committees.stream().map(CommitteeSize::name).toList());
        model.addAttribute("chartHouseholds", committees.stream().map(CommitteeSize::households).toList());
        return "division/sizing";
    }

    @PostMapping("/divisions/sizing/rules")
    String createOwnRule(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("sizing rule");
        }
        Division region = divisions.get(user.divisionId(), user.scope());
        sizing.createRuleFor(region.path(), region.name());
        redirect.addFlashAttribute("saved", "已为" + region.name() + "建立单独的规模参数，可在下表修改");
        return "redirect:/divisions/sizing";
    }

    @PostMapping("/divisions/sizing/rules/{id}")
    @FormPage(value = "/divisions/sizing", form = "rule")
    String updateRule(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                      @Valid @ModelAttribute("rule") Sizing.RuleForm form, BindingResult errors, RedirectAttributes redirect)
            throws BindException {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("sizing rule " + id);
        }
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        sizing.updateRule(id, form, user.scope());
        redirect.addFlashAttribute("saved", "规则已保存");
        return "redirect:/divisions/sizing";
    }
}
