package org.linli.benefits.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.linli.benefits.catalogue.Benefit;
import org.linli.benefits.catalogue.BenefitKind;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.CatalogueEditing;
import org.linli.benefits.catalogue.NewBenefit;
import org.linli.benefits.catalogue.RuleVersion;
import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue of benefits (惠民政策目录): every benefit applying to the user's scope with the
 * version of its rule in force and the scope's figures, each benefit's page with its versions, and
 * for district administrators a new benefit of their region.
 */
@Controller
class BenefitCatalogueController {

    private final Catalogue catalogue;
    private final CatalogueEditing editing;
    private final PlaceNames placeNames;
    private final Clock clock;

    BenefitCatalogueController(Catalogue catalogue, CatalogueEditing editing, PlaceNames placeNames, Clock clock) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.placeNames = placeNames;
        this.clock = clock;
    }

    @GetMapping("/benefits")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        var entries = catalogue.list(user);
        model.addAttribute("entries", entries);
        model.addAttribute("regions", placeNames.labels(entries.stream().map(e -> e.benefit().regionPath()).distinct().toList()));
        model.addAttribute("mayAdd", user.role() == Role.DISTRICT_ADMIN);
        return "benefits/catalogue";
    }

    @GetMapping("/benefits/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("benefits");
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewBenefit.empty());
        }
        model.addAttribute("kinds", BenefitKind.values());
        return "benefits/catalogue-form";
    }

    @PostMapping("/benefits")
    @FormPage("/benefits/new")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewBenefit form,
                  RedirectAttributes redirect) {
        Benefit benefit = editing.add(form, user);
        redirect.addFlashAttribute("saved", "已新增“" + benefit.name() + "”，规则已存为第 1 版草稿，请预览后发布");
        return "redirect:/benefits/" + benefit.id() + "/rule";
    }

    @GetMapping("/benefits/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Benefit benefit = catalogue.get(id, user);
        LocalDate today = LocalDate.now(clock);
        List<RuleVersion> versions = catalogue.versions(id);
        model.addAttribute("benefit", benefit);
        model.addAttribute("region", placeNames.labels(List.of(benefit.regionPath())).get(benefit.regionPath()));
        model.addAttribute("versions", versions);
        model.addAttribute("inForce", catalogue.inForce(id, today).orElse(null));
        model.addAttribute("mayEdit", benefit.editableBy(user));
        return "benefits/catalogue-detail";
    }
}
