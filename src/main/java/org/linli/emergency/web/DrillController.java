package org.linli.emergency.web;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.emergency.preparedness.DrillForm;
import org.linli.emergency.preparedness.Drills;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's drills: record one, read the past ones. */
@Controller
class DrillController {

    static final int PAGE_SIZE = 20;

    private final CommitteePages pages;
    private final Drills drills;

    DrillController(CommitteePages pages, Drills drills) {
        this.pages = pages;
        this.drills = drills;
    }

    @GetMapping("/emergency/drills")
    String drills(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        Division c = pages.shown(user, committee, model);
        if (c == null) {
            return "emergency/drills";
        }
        int p = Math.max(page, 0);
        model.addAttribute("drills", drills.list(c, p, PAGE_SIZE));
        model.addAttribute("page", p);
        model.addAttribute("pages", CommitteePages.pages(drills.count(c), PAGE_SIZE));
        return "emergency/drills";
    }

    @PostMapping("/emergency/drills")
    @FormPage("/emergency/drills")
    String record(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee, @Valid DrillForm form,
                  RedirectAttributes redirect) {
        Division c = pages.posted(user, committee);
        drills.record(c, form, user);
        redirect.addFlashAttribute("saved", "应急演练已记录");
        return "redirect:/emergency/drills?committee=" + c.id();
    }
}
