package org.linli.access.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.linli.access.Account;
import org.linli.access.internal.AccountAdmin;
import org.linli.access.internal.AccountForm;
import org.linli.access.Accounts;
import org.linli.division.Divisions;
import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage the accounts within their own scope. */
@Controller
class AccountController {

    private static final int PAGE = 50;

    private final Accounts accounts;
    private final AccountAdmin admin;
    private final Divisions divisions;
    private final PlaceNames placeNames;

    AccountController(Accounts accounts, AccountAdmin admin, Divisions divisions, PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.accounts = accounts;
        this.admin = admin;
        this.divisions = divisions;
    }

    @GetMapping("/accounts")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                @RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page, Model model) {
        long total = accounts.count(user.scope(), q, role);
        List<Account> shown = accounts.list(user.scope(), q, role, page, PAGE);
        model.addAttribute("accounts", shown);
        model.addAttribute("places", placeNames.labels(shown.stream().map(Account::divisionPath).distinct().toList()));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE - 1) / PAGE));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        return "access/accounts";
    }

    @GetMapping("/accounts/new")
    String newForm(Model model) {
        return form(model, null, AccountForm.empty());
    }

    @PostMapping("/accounts")
    @FormPage("/accounts/new")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AccountForm form,
                  RedirectAttributes redirect) {
        Account created = admin.create(form, user.role(), user.scope());
        redirect.addFlashAttribute("saved", "已创建账户 " + created.username());
        return "redirect:/accounts";
    }

    @GetMapping("/accounts/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Account account = accounts.get(id, user.scope());
        String code = divisions.get(account.divisionId(), user.scope()).code();
        return form(model, account, new AccountForm(account.username(), account.displayName(), account.role(), code, "",
                account.enabled()));
    }

    @PostMapping("/accounts/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") AccountForm form, RedirectAttributes redirect) {
        Account account = admin.update(id, form, user.role(), user.scope());
        redirect.addFlashAttribute("saved", "已保存账户 " + account.username());
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/password")
    @FormPage(value = "/accounts/{id}", form = "password")
    String resetPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                         @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        Account account = accounts.get(id, user.scope());
        admin.resetPassword(id, password, user.scope());
        redirect.addFlashAttribute("saved", "已重置 " + account.username() + " 的密码并解除锁定");
        return "redirect:/accounts";
    }

    private String form(Model model, Account account, AccountForm form) {
        model.addAttribute("account", account);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        List<Role> roles = Arrays.asList(Role.values());
        model.addAttribute("roles", roles);
        return "access/account-form";
    }
}
