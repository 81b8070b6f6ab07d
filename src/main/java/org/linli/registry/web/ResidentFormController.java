package org.linli.registry.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.linli.division.Buildings;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.registry.imports.Ethnicities;
import org.linli.registry.Registration;
import org.linli.registry.Relation;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.imports.NewResident;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrols a new resident. The address is picked, not typed: first a building of the user's scope,
 * then its entrance and the room.
 */
@Controller
class ResidentFormController {

    private static final Map<String, String> DEFAULTS = Map.of("ethnicity", "汉族", "registration", "户籍在本地",
            "relation", "户主", "entrance", "1");

    private final Divisions divisions;
    private final Buildings buildings;
    private final Enrolment enrolment;

    ResidentFormController(Divisions divisions, Buildings buildings, Enrolment enrolment) {
        this.divisions = divisions;
        this.buildings = buildings;
        this.enrolment = enrolment;
    }

    /** Without a building, the picker; with one, the form (again, with what was typed, when it was refused). */
    @GetMapping("/residents/new")
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long building,
                @RequestParam(defaultValue = "") String q, Model model) {
        requireEnroller(user);
        if (building == null) {
            model.addAttribute("q", q);
            // "泰和家园 3号楼": found by the estate's name as well as the building's; the building's id is what is kept.
            model.addAttribute("buildings", buildings.search(q.strip(), user.scope(), 50));
            return "registry/pick-building";
        }
        Division b = enrolment.building(building, user);
        model.addAttribute("building", b);
        model.addAttribute("buildingLabel", buildings.find(b.id(), user.scope()).map(Buildings.Named::label).orElse(b.name()));
        model.addAttribute("crumbs", divisions.lineage(b));
        if (Forms.typed(model).isEmpty()) {
            model.addAttribute("typed", DEFAULTS);
        }
        model.addAttribute("ethnicities", Ethnicities.ALL);
        model.addAttribute("registrations", Registration.values());
        model.addAttribute("relations", Relation.values());
        return "registry/new-resident";
    }

    @PostMapping("/residents/new")
    @FormPage("/residents/new?building={building}")
    String enrol(@AuthenticationPrincipal CurrentUser user, @RequestParam long building,
                 @Valid @ModelAttribute("newResident") NewResident form, BindingResult errors, RedirectAttributes redirect)
            throws BindException {
        requireEnroller(user);
        enrolment.building(building, user);
        Forms.requireValid(errors);
        long id = enrolment.enrol(building, form, user);
        redirect.addFlashAttribute("saved", "已登记居民 " + form.name().strip());
        return "redirect:/residents/" + id;
    }

    private static void requireEnroller(CurrentUser user) {
        if (!user.role().mayReadRegistry()) {
            throw new NotFoundException("enrolment");
        }
    }
}
