package org.linli.casework.web;

import java.util.Map;

import org.linli.casework.CaseRejected;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.casework.Cases;
import org.linli.casework.Channel;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The queue of cases, entering a case, and moving it along the loop. */
@Controller
class CaseController {

    private static final int PAGE = 50;

    private final Cases cases;

    CaseController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/cases")
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
                 @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("cases", cases.queue(user.scope(), status, open, Math.max(0, page), PAGE));
        model.addAttribute("status", status);
        model.addAttribute("open", open);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("page", page);
        return "casework/cases";
    }

    @GetMapping("/cases/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(model, Map.of("channel", "PHONE"), Map.of());
    }

    @PostMapping("/cases/new")
    String open(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model,
                RedirectAttributes redirect) {
        long[] created = new long[1];
        Map<String, String> errors = cases.open(params, user, created);
        if (!errors.isEmpty()) {
            return form(model, params, errors);
        }
        redirect.addFlashAttribute("saved", "诉求已登记");
        return "redirect:/cases/" + created[0];
    }

    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseView c = cases.get(id, user.scope());
        model.addAttribute("c", c);
        model.addAttribute("log", cases.log(id, user.scope()));
        model.addAttribute("moves", c.status().next().stream().filter(s -> c.status().mayMoveTo(s, user.role()))
                .sorted().toList());
        return "casework/case";
    }

    @PostMapping("/cases/{id}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam CaseStatus to,
                @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
        try {
            cases.move(id, to, note, user);
        } catch (CaseRejected e) {
            model.addAttribute("moveError", e.getMessage());
            model.addAttribute("typedNote", note);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("saved", "已改为“" + to.label() + "”");
        return "redirect:/cases/" + id;
    }

    private String form(Model model, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", cases.categories());
        model.addAttribute("channels", Channel.values());
        return "casework/case-form";
    }
}
