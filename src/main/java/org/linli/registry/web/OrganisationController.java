package org.linli.registry.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.registry.CommitteeEntityForm;
import org.linli.registry.OrganisationForm;
import org.linli.registry.OrganisationKind;
import org.linli.registry.Organisations;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisations within scope, and the committee's record as a legal person. A refused form comes
 * back at its own address with what was typed (RegistryRefusals); otherwise it shows what is stored.
 */
@Controller
class OrganisationController {

    private static final int PAGE = 50;

    private final Organisations organisations;
    private final Divisions divisions;

    OrganisationController(Organisations organisations, Divisions divisions) {
        this.organisations = organisations;
        this.divisions = divisions;
    }

    @GetMapping("/organisations")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        long total = organisations.count(user.scope(), q);
        model.addAttribute("organisations", organisations.list(user.scope(), q, page, PAGE));
        model.addAttribute("total", total);
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE - 1) / PAGE));
        return "registry/organisations";
    }

    @GetMapping("/organisations/new")
    String newForm(Model model) {
        return form(model, null, Map.of("kind", OrganisationKind.ENTERPRISE.name()));
    }

    @GetMapping("/organisations/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Organisations.Organisation o = organisations.get(id, user.scope());
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("name", o.name());
        stored.put("creditCode", o.creditCode() == null ? "" : o.creditCode());
        stored.put("kind", o.kind().name());
        stored.put("placeCode", divisions.get(o.divisionId(), user.scope()).code());
        stored.put("address", o.address() == null ? "" : o.address());
        stored.put("phone", o.phone() == null ? "" : o.phone());
        stored.put("contact", o.contact() == null ? "" : o.contact());
        return form(model, id, stored);
    }

    @PostMapping({"/organisations/new", "/organisations/{id}"})
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) Long id,
                @Valid @ModelAttribute("organisation") OrganisationForm form, BindingResult errors,
                RedirectAttributes redirect) throws BindException {
        if (id != null) {
            organisations.get(id, user.scope());
        }
        Forms.requireValid(errors);
        organisations.save(id, form, user.scope());
        redirect.addFlashAttribute("saved", "已保存单位 " + form.name());
        return "redirect:/organisations";
    }

    @GetMapping("/committees/{id}/entity")
    String entity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Division committee = divisions.get(id, user.scope());
        model.addAttribute("committee", committee);
        model.addAttribute("crumbs", divisions.lineage(committee));
        Organisations.CommitteeEntity entity = organisations.entity(id, user.scope()).orElse(null);
        if (Forms.typed(model).isEmpty() && entity != null) {
            Map<String, String> stored = new LinkedHashMap<>();
            stored.put("creditCode", entity.creditCode());
            stored.put("director", entity.director());
            stored.put("establishedOn", text(entity.establishedOn()));
            stored.put("termStart", text(entity.termStart()));
            stored.put("termEnd", text(entity.termEnd()));
            stored.put("members", entity.members() == null ? "" : entity.members());
            model.addAttribute("typed", stored);
        }
        return "registry/committee-entity";
    }

    @PostMapping("/committees/{id}/entity")
    String saveEntity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                      @Valid @ModelAttribute("committeeEntity") CommitteeEntityForm form, BindingResult errors,
                      RedirectAttributes redirect) throws BindException {
        organisations.entity(id, user.scope());
        Forms.requireValid(errors);
        organisations.saveEntity(id, form, user.scope());
        redirect.addFlashAttribute("saved", "法人信息已保存");
        return "redirect:/divisions/" + id;
    }

    private String form(Model model, Long id, Map<String, String> stored) {
        model.addAttribute("id", id);
        if (Forms.typed(model).isEmpty()) {
            model.addAttribute("typed", stored);
        }
        model.addAttribute("kinds", OrganisationKind.values());
        return "registry/organisation-form";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
