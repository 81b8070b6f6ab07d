package org.linli.deliberation.matters;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.linli.deliberation.topics.Procedure;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
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

    /** The catalogue; with {@code edit}, the form holds that entry (or, after a refusal, what was typed). */
    @GetMapping("/matters/{code}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @RequestParam(required = false) Long edit,
                Model model) {
        Division committee = matters.committee(code, user);
        List<Matter> catalogue = matters.catalogue(committee);
        Matter editing = edit == null ? null : catalogue.stream().filter(x -> x.id() == edit).findFirst().orElse(null);
        if (editing != null && ((Map<?, ?>) model.getAttribute("typed")).isEmpty()) {
            model.addAttribute("typed", Map.of("name", editing.name(), "mandatory", String.valueOf(editing.mandatory()),
                    "body", editing.body().name(), "procedure", editing.procedure().name(),
                    "disclosureKind", editing.disclosureKind() == null ? "" : editing.disclosureKind().name(),
                    "disclosureNote", editing.disclosureNote(), "basis", editing.basis() == null ? "" : editing.basis()));
        }
        model.addAttribute("committee", committee);
        model.addAttribute("matters", catalogue);
        model.addAttribute("mayEdit", matters.mayEdit(committee, user));
        model.addAttribute("editing", editing == null ? null : editing.id());
        model.addAttribute("bodies", Matters.bodiesFor(committee));
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("disclosureKinds", DisclosureKind.values());
        return "deliberation/matters";
    }

    @PostMapping("/matters/{code}")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @Valid MatterForm entry,
               RedirectAttributes redirect) {
        matters.save(matters.committee(code, user), null, entry, user);
        redirect.addFlashAttribute("saved", "已保存“" + entry.name() + "”");
        return "redirect:/matters/" + code;
    }

    @PostMapping("/matters/{code}/{id}")
    @FormPage("/matters/{code}?edit={id}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable long id,
                  @Valid MatterForm entry, RedirectAttributes redirect) {
        matters.save(matters.committee(code, user), id, entry, user);
        redirect.addFlashAttribute("saved", "已保存“" + entry.name() + "”");
        return "redirect:/matters/" + code;
    }

    @PostMapping("/matters/{code}/{id}/active")
    String setActive(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable long id,
                     @RequestParam boolean active, RedirectAttributes redirect) {
        matters.setActive(matters.committee(code, user), id, active, user);
        redirect.addFlashAttribute("saved", active ? "已恢复使用" : "已停用，已按此事项受理的议题不受影响");
        return "redirect:/matters/" + code;
    }
}
