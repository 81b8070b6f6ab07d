package org.linli.emergency.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.emergency.internal.EmergencyCommittees;
import org.linli.emergency.mobilisation.Declaration;
import org.linli.emergency.mobilisation.DeclarationForm;
import org.linli.emergency.mobilisation.Declarations;
import org.linli.emergency.mobilisation.Kind;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's emergency page (应急): emergencies declared for its places, the form to declare
 * one, and links to the plan, drills, reserves, network and the mobilisation list. Street and
 * district staff pick a committee of their scope; a grid worker sees the emergencies covering their grid.
 */
@Controller
class EmergencyController {

    static final int PAGE_SIZE = 20;

    private final EmergencyCommittees committees;
    private final Declarations declarations;
    private final Divisions divisions;

    EmergencyController(EmergencyCommittees committees, Declarations declarations, Divisions divisions) {
        this.committees = committees;
        this.declarations = declarations;
        this.divisions = divisions;
    }

    @GetMapping("/emergency")
    String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        Division c = committees.of(user, committee);
        model.addAttribute("committees", committees.pickable(user));
        model.addAttribute("committee", c);
        model.addAttribute("keeps", EmergencyCommittees.keeps(user));
        if (c == null) {
            return "emergency/overview";
        }
        int p = Math.max(page, 0);
        List<Declaration> shown = user.role() == Role.GRID_WORKER
                ? declarations.active(c).stream().filter(d -> overlaps(d.placePath(), user.scope().path())).toList()
                : declarations.list(c, p, PAGE_SIZE);
        model.addAttribute("declarations", shown);
        model.addAttribute("pages", user.role() == Role.GRID_WORKER ? 1 : Math.max(1, (declarations.count(c) + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("page", p);
        model.addAttribute("mayDeclare", Declarations.mayDeclare(user));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("places", Declarations.mayDeclare(user) ? places(c, user.scope()) : List.of());
        return "emergency/overview";
    }

    @PostMapping("/emergency/declarations")
    @FormPage("/emergency")
    String declare(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                   @Valid DeclarationForm form, RedirectAttributes redirect) {
        Division c = committees.required(user, committee);
        declarations.declare(c, form, user);
        redirect.addFlashAttribute("saved", "已宣布应急状态，应急网络成员已收到通知，可查看转移名单联系方式");
        return "redirect:/emergency?committee=" + c.id();
    }

    @PostMapping("/emergency/declarations/{id}/end")
    @FormPage("/emergency")
    String end(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee, @PathVariable long id,
               RedirectAttributes redirect) {
        Division c = committees.required(user, committee);
        declarations.end(c, id, user);
        redirect.addFlashAttribute("saved", "应急状态已结束，转移名单联系方式已恢复隐藏");
        return "redirect:/emergency?committee=" + c.id();
    }

    /** The committee and the grids, estates and buildings below it that the user may declare for. */
    private List<Division> places(Division committee, DataScope scope) {
        List<Division> places = new ArrayList<>();
        places.add(committee);
        DataScope within = scope.covers(committee.path()) ? new DataScope(committee.path()) : scope;
        places.addAll(divisions.search("", within, List.of(Level.GRID, Level.ESTATE, Level.BUILDING), 2000));
        places.sort(java.util.Comparator.comparing(Division::path));
        return places;
    }

    private static boolean overlaps(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }
}
