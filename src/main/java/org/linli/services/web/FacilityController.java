package org.linli.services.web;

import jakarta.validation.Valid;

import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.services.catalogue.ServiceCommittees;
import org.linli.services.catalogue.Facilities;
import org.linli.services.catalogue.Facility;
import org.linli.services.catalogue.FacilityForm;
import org.linli.services.catalogue.FacilityKind;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The keepers' forms for facilities: a point picked on the map or typed, the floor area and the
 * places. A committee's list is the map page's; a street's own facilities are listed on the
 * standards page, where its staff keep them.
 */
@Controller
class FacilityController {

    private final Facilities facilities;
    private final ServiceCommittees committees;
    private final Divisions divisions;
    private final Locator locator;

    FacilityController(Facilities facilities, ServiceCommittees committees, Divisions divisions, Locator locator) {
        this.facilities = facilities;
        this.committees = committees;
        this.divisions = divisions;
        this.locator = locator;
    }

    @GetMapping("/services/facilities/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        Division committee = kept(user);
        model.addAttribute("facility", null);
        model.addAttribute("committee", committee);
        model.addAttribute("centre", locator.centres(List.of(committee.path())).get(committee.path()));
        model.addAttribute("kinds", FacilityKind.values());
        model.addAttribute("back", listPage(user));
        return "services/facility-form";
    }

    @GetMapping("/services/facilities/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Facility facility = facilities.get(id, user);
        Division committee = kept(user);
        if (!facility.committeePath().equals(committee.path())) {
            throw new NotFoundException("facility form");
        }
        model.addAttribute("facility", facility);
        model.addAttribute("committee", committee);
        List<Division> mayServe = facilities.mayServe(facility);
        model.addAttribute("mayServe", mayServe);
        model.addAttribute("serves", mayServe.isEmpty() ? List.of() : facilities.serves(facility));
        model.addAttribute("centre", locator.centres(List.of(committee.path())).get(committee.path()));
        model.addAttribute("kinds", FacilityKind.values());
        model.addAttribute("back", listPage(user));
        return "services/facility-form";
    }

    @PostMapping("/services/facilities")
    @FormPage("/services/facilities/new")
    String add(@AuthenticationPrincipal CurrentUser user, @Valid FacilityForm form, RedirectAttributes flash) {
        facilities.add(kept(user), form, user);
        flash.addFlashAttribute("saved", "设施已登记");
        return "redirect:" + listPage(user);
    }

    @PostMapping("/services/facilities/{id}")
    @FormPage("/services/facilities/{id}/edit")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid FacilityForm form,
                  RedirectAttributes flash) {
        kept(user);
        facilities.change(id, form, user);
        flash.addFlashAttribute("saved", "设施已修改");
        return "redirect:" + listPage(user);
    }

    @PostMapping("/services/facilities/{id}/serves")
    @FormPage("/services/facilities/{id}/edit")
    String serve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                 @RequestParam(required = false) List<Long> committees, RedirectAttributes flash) {
        kept(user);
        facilities.serve(id, committees, user);
        flash.addFlashAttribute("saved", "服务覆盖的社区已保存");
        return "redirect:" + listPage(user);
    }

    @PostMapping("/services/facilities/{id}/retire")
    @FormPage("/services/facilities/{id}/edit")
    String retire(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        kept(user);
        facilities.retire(id, user);
        flash.addFlashAttribute("saved", "设施已停用");
        return "redirect:" + listPage(user);
    }

    /** The committee whose facilities the user keeps, or for the street's staff their street; 404 for everyone else. */
    private Division kept(CurrentUser user) {
        if (user.role() == Role.STREET_STAFF) {
            return divisions.findUnscoped(user.divisionId()).filter(d -> d.level() == Level.STREET)
                    .orElseThrow(() -> new NotFoundException("facility form"));
        }
        return committees.own(user).filter(c -> ServiceCommittees.keeps(user, c)).orElseThrow(() -> new NotFoundException("facility form"));
    }

    /** Where the facilities kept are listed: a committee's on its map, the street's on the standards page. */
    private static String listPage(CurrentUser user) {
        return user.role() == Role.STREET_STAFF ? "/services/standards?view=streets" : "/services/map";
    }
}
