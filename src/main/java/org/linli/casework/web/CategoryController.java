package org.linli.casework.web;

import jakarta.validation.Valid;

import org.linli.casework.Categories;
import org.linli.casework.internal.CategoryForm;
import org.linli.casework.internal.CategorySettings;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The category catalogue with its limits: everyone may read it; the district administrator edits it. */
@Controller
class CategoryController {

    private final Categories categories;
    private final CategorySettings settings;

    CategoryController(Categories categories, CategorySettings settings) {
        this.categories = categories;
        this.settings = settings;
    }

    @GetMapping("/case-categories")
    String categories(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("mayEdit", user.role() == Role.DISTRICT_ADMIN);
        return "casework/categories";
    }

    @PostMapping("/case-categories/{code}")
    @FormPage(value = "/case-categories", form = "category")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @Valid CategoryForm form,
                RedirectAttributes redirect) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("settings");
        }
        settings.save(code, form, user);
        redirect.addFlashAttribute("saved", "类别已保存");
        return "redirect:/case-categories";
    }
}
