package org.linli.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.linli.access.internal.AccountAdmin;
import org.linli.access.internal.PasswordChange;
import org.linli.access.internal.SignedInSessions;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in person changes their own password here. */
@Controller
class PasswordController {

    private final AccountAdmin admin;
    private final SignedInSessions sessions;

    PasswordController(AccountAdmin admin, SignedInSessions sessions) {
        this.admin = admin;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String form() {
        return "access/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CurrentUser user, @Valid PasswordChange change, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        admin.changeOwnPassword(user.accountId(), change);
        // The password change ends the account's other sessions; this one goes on.
        sessions.regrant(request, response);
        redirect.addFlashAttribute("saved", "密码已修改");
        return "redirect:/";
    }
}
