package org.linli.emergency.web;

import org.linli.division.Division;
import org.linli.emergency.internal.EmergencyCommittees;
import org.linli.emergency.mobilisation.Declarations;
import org.linli.emergency.mobilisation.MobilisationList;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mobilisation list (转移名单) by building and floor, and marking a resident reached during an
 * emergency. Street and district staff pick a committee; a grid worker sees their grid's residents.
 */
@Controller
class MobilisationController {

    static final int PAGE_SIZE = 200;

    private final EmergencyCommittees committees;
    private final MobilisationList list;
    private final Declarations declarations;

    MobilisationController(EmergencyCommittees committees, MobilisationList list, Declarations declarations) {
        this.committees = committees;
        this.list = list;
        this.declarations = declarations;
    }

    @GetMapping("/emergency/mobilisation")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long only,
                @RequestParam(defaultValue = "false") boolean pending, Model model) {
        Division c = committees.of(user, committee);
        model.addAttribute("committees", committees.pickable(user));
        model.addAttribute("committee", c);
        model.addAttribute("keeps", EmergencyCommittees.keeps(user));
        if (c == null) {
            return "emergency/mobilisation";
        }
        int p = Math.max(page, 0);
        MobilisationList.Page shown = list.page(user, c, p, PAGE_SIZE, only, pending);
        model.addAttribute("list", shown);
        model.addAttribute("active", declarations.active(c));
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("base", "/emergency/mobilisation?committee=" + c.id() + narrowing(shown.only(), shown.pending()));
        return "emergency/mobilisation";
    }

    @PostMapping("/emergency/mobilisation/reach")
    @FormPage("/emergency/mobilisation")
    String reach(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                 @RequestParam long declaration, @RequestParam long resident, @RequestParam boolean reached,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long only,
                 @RequestParam(defaultValue = "false") boolean pending) {
        Division c = committees.required(user, committee);
        list.mark(user, c, declaration, resident, reached);
        return "redirect:/emergency/mobilisation?committee=" + c.id() + narrowing(only, pending) + "&page=" + Math.max(page, 0)
                + "#resident-" + resident;
    }

    /** The list's narrowing carried through its pages and marks: one emergency's place, and only those not yet reached. */
    private static String narrowing(Long only, boolean pending) {
        return only == null ? "" : "&only=" + only + (pending ? "&pending=true" : "");
    }
}
