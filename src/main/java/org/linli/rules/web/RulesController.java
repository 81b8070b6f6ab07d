package org.linli.rules.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.rules.internal.RuleEditing;
import org.linli.rules.internal.RuleRow;
import org.linli.rules.internal.SetRuleValue;
import org.linli.rules.web.RuleViews.Region;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rule book page (规则手册): every declared rule as it applies to the user's region today,
 * what is scheduled and what applied before. District administrators set values for their region
 * (or a street in it) and cancel values not yet in force; street staff read what applies to them.
 */
@Controller
class RulesController {

    private final RuleSheet sheet;
    private final RuleEditing editing;
    private final Divisions divisions;

    RulesController(RuleSheet sheet, RuleEditing editing, Divisions divisions) {
        this.sheet = sheet;
        this.editing = editing;
        this.divisions = divisions;
    }

    @GetMapping("/rules")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.DISTRICT_ADMIN && user.role() != Role.STREET_STAFF) {
            throw new NotFoundException("rules");
        }
        Division own = divisions.get(user.divisionId(), user.scope());
        model.addAttribute("modules", sheet.sheet(user));
        model.addAttribute("region", own);
        model.addAttribute("mayEdit", RuleEditing.mayEdit(user));
        model.addAttribute("regions", RuleEditing.mayEdit(user) ? regions(own, user) : List.of());
        return "rules/rules";
    }

    @PostMapping("/rules/values")
    @FormPage("/rules")
    String set(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("command") SetRuleValue command,
               RedirectAttributes redirect) {
        RuleRow row = editing.set(command, user);
        redirect.addFlashAttribute("saved", "已设定：自 %s 起为 %s".formatted(row.effectiveFrom(), row.value()));
        return "redirect:/rules#" + row.ruleKey();
    }

    @PostMapping("/rules/values/{id}/cancel")
    @FormPage("/rules")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        editing.cancel(id, user);
        redirect.addFlashAttribute("saved", "已撤销尚未施行的设定");
        return "redirect:/rules";
    }

    /** The administrator's own region and the regions (streets) directly below it. */
    private List<Region> regions(Division own, CurrentUser user) {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(own.code(), own.name(), true));
        if (own.level().compareTo(Level.STREET) < 0) {
            divisions.children(own, user.scope(), 0, 500).forEach(d -> regions.add(new Region(d.code(), d.name(), false)));
        }
        return regions;
    }
}
