package org.linli.casework.web;

import jakarta.validation.Valid;

import org.linli.casework.internal.ReportBack;
import org.linli.casework.internal.Summoning;
import org.linli.casework.internal.Summons;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 吹哨报到 on the case page: the street summons, each department checks in and reports back. */
@Controller
class SummonsController {

    private final Summons summons;

    SummonsController(Summons summons) {
        this.summons = summons;
    }

    @PostMapping("/cases/{id}/summon")
    @FormPage(value = "/cases/{id}", form = "summon")
    String summon(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid Summoning summoning,
                  RedirectAttributes redirect) {
        summons.summon(id, summoning, user);
        redirect.addFlashAttribute("saved", "已吹哨，等待部门报到");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/check-in")
    @FormPage(value = "/cases/{id}", form = "check-in")
    String checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        summons.checkIn(id, user);
        redirect.addFlashAttribute("saved", "已报到");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/report-back")
    @FormPage(value = "/cases/{id}", form = "report")
    String reportBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReportBack report,
                      RedirectAttributes redirect) {
        summons.reportBack(id, report, user);
        redirect.addFlashAttribute("saved", "已反馈办理情况");
        return "redirect:/cases/" + id;
    }
}
