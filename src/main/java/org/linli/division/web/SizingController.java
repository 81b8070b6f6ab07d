package org.linli.division.web;

import java.math.BigDecimal;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.sizing.CommitteeSize;
import org.linli.division.sizing.SizingRule;
import org.linli.division.sizing.Sizing;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    String updateRule(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                      @RequestParam String householdsMin, @RequestParam String householdsMax,
                      @RequestParam String splitOver, @RequestParam String mergeUnder,
                      @RequestParam String areaPer100M2, @RequestParam String minAreaM2, RedirectAttributes redirect) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("sizing rule " + id);
        }
        try {
            int min = Integer.parseInt(householdsMin.trim());
            int max = Integer.parseInt(householdsMax.trim());
            int split = Integer.parseInt(splitOver.trim());
            int merge = Integer.parseInt(mergeUnder.trim());
            BigDecimal area = new BigDecimal(areaPer100M2.trim());
            BigDecimal minArea = new BigDecimal(minAreaM2.trim());
            if (min <= 0 || max < min || split < max || merge > min || area.signum() <= 0 || minArea.signum() < 0) {
                redirect.addFlashAttribute("ruleError", "参数不合理：应满足 0 < 合并线 ≤ 下限 ≤ 上限 ≤ 拆分线，面积为正数");
            } else {
                sizing.updateRule(id, new Sizing.RuleForm(min, max, split, merge, area, minArea), user.scope());
                redirect.addFlashAttribute("saved", "规则已保存");
            }
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("ruleError", "请填写数字");
        }
        return "redirect:/divisions/sizing";
    }
}
