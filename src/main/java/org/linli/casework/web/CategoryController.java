package org.linli.casework.web;

import jakarta.validation.Valid;

import java.util.List;

import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.internal.CaseLimits;
import org.linli.casework.internal.CaseRules;
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

/**
 * The category catalogue with the limits in force for the user's region: everyone may read it; the
 * district administrator edits the catalogue here and the limits in the rule book, for the region.
 */
@Controller
class CategoryController {

    /** A category with its limits where the user works. */
    record Row(Category category, CaseLimits.Limits limits) {
    }

    private final Categories categories;
    private final CategorySettings settings;
    private final CaseLimits limits;

    CategoryController(Categories categories, CategorySettings settings, CaseLimits limits) {
        this.categories = categories;
        this.settings = settings;
        this.limits = limits;
    }

    @GetMapping("/case-categories")
    String categories(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Row> rows = categories.all().stream().map(c -> new Row(c, limits.today(c.code(), user.scope().path()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("mayEdit", user.role() == Role.DISTRICT_ADMIN);
        model.addAttribute("limitRules", List.of(CaseRules.ACCEPT, CaseRules.CHECK_IN, CaseRules.REPORT, CaseRules.FINISH));
        return "casework/categories";
    }

    @PostMapping("/case-categories/{code}")
    @FormPage(value = "/case-categories", form = "category")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @Valid CategoryForm form,
                RedirectAttributes redirect) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("settings");
        }
        settings.save(code, form);
        redirect.addFlashAttribute("saved", "类别已保存");
        return "redirect:/case-categories";
    }
}
