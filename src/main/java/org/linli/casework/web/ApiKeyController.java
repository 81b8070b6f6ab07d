package org.linli.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.linli.casework.open311.ApiKeyForm;
import org.linli.casework.open311.ApiKeys;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
        model.addAttribute("keys", keys.within(user.scope()));
        return "casework/api-keys";
    }

    /**
     * The new key is rendered into this response only, never redirected through the session,
     * and the page is not cached: after it is closed the key cannot be seen again.
     */
    @PostMapping("/api-keys")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid ApiKeyForm form, Model model, HttpServletResponse response) {
        String key = keys.create(form, user);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("newKey", key);
        model.addAttribute("newKeyName", form.name());
        return list(user, model);
    }

    @PostMapping("/api-keys/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        keys.revoke(id, user);
        redirect.addFlashAttribute("saved", "已停用密钥，使用它的系统将无法再提交或查询");
        return "redirect:/api-keys";
    }
}
