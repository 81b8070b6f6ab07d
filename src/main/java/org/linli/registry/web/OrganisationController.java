package org.linli.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.linli.division.Divisions;
import org.linli.registry.OrganisationKind;
import org.linli.registry.Organisations;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisations within scope, and the committee's record as a legal person. */
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
        return form(model, null, Map.of("kind", "ENTERPRISE"), Map.of());
    }

    @GetMapping("/organisations/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Organisations.Organisation o = organisations.get(id, user.scope());
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", o.name());
        typed.put("creditCode", o.creditCode() == null ? "" : o.creditCode());
        typed.put("kind", o.kind().name());
        typed.put("placeCode", divisions.get(o.divisionId(), user.scope()).code());
        typed.put("address", o.address() == null ? "" : o.address());
        typed.put("phone", o.phone() == null ? "" : o.phone());
        typed.put("contact", o.contact() == null ? "" : o.contact());
        return form(model, id, typed, Map.of());
    }

    @PostMapping({"/organisations/new", "/organisations/{id}"})
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) Long id,
                @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = organisations.save(id, params, user.scope());
        if (!errors.isEmpty()) {
            return form(model, id, params, errors);
        }
        redirect.addFlashAttribute("saved", "已保存单位 " + params.get("name"));
        return "redirect:/organisations";
    }

    @GetMapping("/committees/{id}/entity")
    String entity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("committee", divisions.get(id, user.scope()));
        model.addAttribute("crumbs", divisions.lineage(divisions.get(id, user.scope())));
        model.addAttribute("entity", organisations.entity(id, user.scope()).orElse(null));
        model.addAttribute("errors", Map.of());
        return "registry/committee-entity";
    }

    @PostMapping("/committees/{id}/entity")
    String saveEntity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> p,
                      Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Organisations.CommitteeEntity form = new Organisations.CommitteeEntity(id, p.get("creditCode"), p.get("director"),
                date(p, "establishedOn", errors), date(p, "termStart", errors), date(p, "termEnd", errors), p.get("members"));
        if (errors.isEmpty()) {
            errors.putAll(organisations.saveEntity(id, form, user.scope()));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("committee", divisions.get(id, user.scope()));
            model.addAttribute("crumbs", divisions.lineage(divisions.get(id, user.scope())));
            model.addAttribute("entity", form);
            model.addAttribute("errors", errors);
            return "registry/committee-entity";
        }
        redirect.addFlashAttribute("saved", "法人信息已保存");
        return "redirect:/divisions/" + id;
    }

    private String form(Model model, Long id, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", OrganisationKind.values());
        return "registry/organisation-form";
    }

    private static LocalDate date(Map<String, String> p, String field, Map<String, String> errors) {
        String text = p.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "日期格式应为 2026-11-23");
            return null;
        }
    }
}
