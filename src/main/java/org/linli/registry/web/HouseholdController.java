package org.linli.registry.web;

import jakarta.validation.Valid;

import org.linli.registry.DwellingUse;
import org.linli.registry.Residents;
import org.linli.registry.Tenure;
import org.linli.registry.internal.Dwellings;
import org.linli.registry.internal.Dwellings.DwellingChange;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A household: its members, their changes, and the dwelling it lives in. */
@Controller
class HouseholdController {

    private final Residents residents;
    private final Dwellings dwellings;

    HouseholdController(Residents residents, Dwellings dwellings) {
        this.residents = residents;
        this.dwellings = dwellings;
    }

    @GetMapping("/households/{id}")
    String household(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("members", residents.household(id, user.scope()));
        model.addAttribute("householdId", id);
        model.addAttribute("dwelling", dwellings.ofHousehold(id, user.scope()));
        model.addAttribute("dwellingHistory", dwellings.history(id, user.scope()));
        model.addAttribute("memberHistory", residents.householdHistory(id, user));
        model.addAttribute("uses", DwellingUse.values());
        model.addAttribute("tenures", Tenure.values());
        return "registry/household";
    }

    @PostMapping("/households/{id}/dwelling")
    @FormPage(value = "/households/{id}", form = "dwelling")
    String updateDwelling(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                          @Valid @ModelAttribute("dwellingChange") DwellingChange change, BindingResult errors,
                          RedirectAttributes redirect) throws BindException {
        dwellings.ofHousehold(id, user.scope());
        Forms.requireValid(errors);
        dwellings.update(id, change, user.scope());
        redirect.addFlashAttribute("saved", "房屋信息已保存");
        return "redirect:/households/" + id;
    }
}
