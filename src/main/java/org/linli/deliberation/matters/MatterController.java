package org.linli.deliberation.matters;

import java.util.List;
import java.util.Map;

import org.linli.deliberation.Procedure;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue of matters: the street picks one of its committees and keeps its catalogue; the committee reads it. */
@Controller
class MatterController {

    private final Matters matters;
    private final Divisions divisions;

    MatterController(Matters matters, Divisions divisions) {
        this.matters = matters;
        this.divisions = divisions;
    }

    @GetMapping("/matters")
    String choose(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String committee, Model model) {
        if (committee != null && !committee.isBlank()) {
            return "redirect:/matters/" + matters.committee(committee.strip(), user).code();
        }
        var own = matters.ownCommittee(user);
        if (own.isPresent()) {
            return "redirect:/matters/" + own.get().code();
        }
        model.addAttribute("committees", divisions.search("", user.scope(), List.of(Level.COMMITTEE), 5000));
        return "deliberation/matters-choose";
    }

    @GetMapping("/matters/{code}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @RequestParam(required = false) Long edit,
                Model model) {
        Division committee = matters.committee(code, user);
        List<Matter> catalogue = matters.catalogue(committee);
        Map<String, String> typed = Map.of();
        if (edit != null) {
            Matter m = catalogue.stream().filter(x -> x.id() == edit).findFirst().orElse(null);
            if (m != null) {
                typed = Map.of("name", m.name(), "mandatory", String.valueOf(m.mandatory()), "body", m.body().name(),
                        "procedure", m.procedure().name(), "disclosureKind", m.disclosureKind() == null ? "" : m.disclosureKind().name(),
                        "disclosureNote", m.disclosureNote(), "basis", m.basis() == null ? "" : m.basis());
            }
        }
        return page(user, committee, catalogue, edit, typed, Map.of(), model);
    }

    @PostMapping("/matters/{code}")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @RequestParam Map<String, String> form,
               Model model, RedirectAttributes redirect) {
        return save(user, code, null, form, model, redirect);
    }

    @PostMapping("/matters/{code}/{id}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable long id,
                  @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(user, code, id, form, model, redirect);
    }

    private String save(CurrentUser user, String code, Long id, Map<String, String> form, Model model, RedirectAttributes redirect) {
        Division committee = matters.committee(code, user);
        Map<String, String> errors = matters.save(committee, id, form, user);
        if (!errors.isEmpty()) {
            return page(user, committee, matters.catalogue(committee), id, form, errors, model);
        }
        redirect.addFlashAttribute("saved", "已保存“" + form.getOrDefault("name", "").strip() + "”");
        return "redirect:/matters/" + code;
    }

    @PostMapping("/matters/{code}/{id}/active")
    String setActive(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable long id,
                     @RequestParam boolean active, RedirectAttributes redirect) {
        matters.setActive(matters.committee(code, user), id, active, user);
        redirect.addFlashAttribute("saved", active ? "已恢复使用" : "已停用，已按此事项受理的议题不受影响");
        return "redirect:/matters/" + code;
    }

    private String page(CurrentUser user, Division committee, List<Matter> catalogue, Long editing, Map<String, String> typed,
                        Map<String, String> errors, Model model) {
        model.addAttribute("committee", committee);
        model.addAttribute("matters", catalogue);
        model.addAttribute("mayEdit", matters.mayEdit(committee, user));
        model.addAttribute("editing", editing);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("bodies", Matters.bodiesFor(committee));
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("disclosureKinds", DisclosureKind.values());
        return "deliberation/matters";
    }
}
