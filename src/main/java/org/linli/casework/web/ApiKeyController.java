package org.linli.casework.open311;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** District administrators issue and revoke the keys of systems that submit cases through Open311. */
@Controller
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/api-keys")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, model, Map.of("name", "", "divisionCode", ""), Map.of());
    }

    /**
     * The new key is rendered into this response only, never redirected through the session,
     * and the page is not cached: after it is closed the key cannot be seen again.
     */
    @PostMapping("/api-keys")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        ApiKeys.Created created = keys.create(form.get("name"), form.get("divisionCode"), user);
        if (!created.errors().isEmpty()) {
            return page(user, model, form, created.errors());
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("newKey", created.key());
        model.addAttribute("newKeyName", form.get("name").strip());
        return page(user, model, Map.of("name", "", "divisionCode", ""), Map.of());
    }

    @PostMapping("/api-keys/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        keys.revoke(id, user);
        redirect.addFlashAttribute("saved", "已停用密钥，使用它的系统将无法再提交或查询");
        return "redirect:/api-keys";
    }

    private String page(CurrentUser user, Model model, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("keys", keys.within(user.scope()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "casework/api-keys";
    }
}
