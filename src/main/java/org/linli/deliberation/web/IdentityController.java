package org.linli.deliberation.web;

import org.linli.deliberation.BindAccount;
import org.linli.deliberation.Bindings;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
    @FormPage("/me")
    String bind(@AuthenticationPrincipal CurrentUser user, BindAccount typed, RedirectAttributes redirect) {
        bindings.bind(user, typed);
        redirect.addFlashAttribute("saved", "实名认证成功，可以参加线上议事厅表决");
        return "redirect:/me";
    }
}
