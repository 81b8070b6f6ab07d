package org.linli.emergency.web;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.emergency.preparedness.Reserve;
import org.linli.emergency.preparedness.ReserveForm;
import org.linli.emergency.preparedness.Reserves;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's reserves: expired and expiring first and flagged, filtered by state; add and remove. */
@Controller
class ReserveController {

    static final int PAGE_SIZE = 50;

    private final CommitteePages pages;
    private final Reserves reserves;

    ReserveController(CommitteePages pages, Reserves reserves) {
        this.pages = pages;
        this.reserves = reserves;
    }

    @GetMapping("/emergency/reserves")
    String reserves(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                    @RequestParam(required = false) Reserve.State state, @RequestParam(defaultValue = "0") int page, Model model) {
        Division c = pages.shown(user, committee, model);
        if (c == null) {
            return "emergency/reserves";
        }
        int p = Math.max(page, 0);
        var counts = reserves.counts(c);
        model.addAttribute("reserves", reserves.list(c, state, p, PAGE_SIZE));
        model.addAttribute("counts", counts);
        model.addAttribute("state", state);
        model.addAttribute("states", Reserve.State.values());
        model.addAttribute("warningDays", reserves.warningDays(c));
        model.addAttribute("page", p);
        long shown = state == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(state);
        model.addAttribute("pages", CommitteePages.pages(shown, PAGE_SIZE));
        return "emergency/reserves";
    }

    @PostMapping("/emergency/reserves")
    @FormPage("/emergency/reserves")
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee, @Valid ReserveForm form,
               RedirectAttributes redirect) {
        Division c = pages.posted(user, committee);
        reserves.add(c, form, user);
        redirect.addFlashAttribute("saved", "应急物资已登记");
        return "redirect:/emergency/reserves?committee=" + c.id();
    }

    @PostMapping("/emergency/reserves/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee, @PathVariable long id,
                  RedirectAttributes redirect) {
        Division c = pages.posted(user, committee);
        reserves.remove(c, id);
        redirect.addFlashAttribute("saved", "应急物资已移除");
        return "redirect:/emergency/reserves?committee=" + c.id();
    }
}
