package org.linli.deliberation.web;

import org.linli.deliberation.Bindings;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的信息: the account and, for a resident, the registry record it is bound to (实名认证). */
@Controller
class IdentityController {

    private final Bindings bindings;

    IdentityController(Bindings bindings) {
        this.bindings = bindings;
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("resident", user.role() == Role.RESIDENT);
        model.addAttribute("bound", bindings.of(user.accountId()).orElse(null));
        return "deliberation/me";
    }

    /** The ID number is posted and never echoed back into the page; the name is kept when refused. */
    @PostMapping("/me/binding")
    String bind(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String idNumber, Model model, RedirectAttributes redirect) {
        try {
            bindings.bind(user, name, idNumber);
        } catch (Bindings.Refused e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("typedName", name);
            return me(user, model);
        }
        redirect.addFlashAttribute("saved", "实名认证成功，可以参加线上议事厅表决");
        return "redirect:/me";
    }
}
