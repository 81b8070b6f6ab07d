package org.linli.access.web;

import org.linli.access.AccountRejected;
import org.linli.access.Accounts;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in person changes their own password here. */
@Controller
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form() {
        return "access/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CurrentUser user, @RequestParam String currentPassword,
                  @RequestParam String newPassword, @RequestParam String confirmPassword, Model model,
                  RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("field", "confirmPassword");
            model.addAttribute("error", "两次输入的新密码不一致");
            return "access/password";
        }
        try {
            accounts.changeOwnPassword(user.accountId(), currentPassword, newPassword);
        } catch (AccountRejected e) {
            model.addAttribute("field", e.field());
            model.addAttribute("error", e.getMessage());
            return "access/password";
        }
        redirect.addFlashAttribute("saved", "密码已修改");
        return "redirect:/";
    }
}
