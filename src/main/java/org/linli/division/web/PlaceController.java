package org.linli.division.web;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.PlaceForm;
import org.linli.division.Places;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forms to create and edit grids, estates and buildings; a refused form comes back as typed (DivisionRefusals). */
@Controller
class PlaceController {

    private final Divisions divisions;
    private final Places places;

    PlaceController(Divisions divisions, Places places) {
        this.divisions = divisions;
        this.places = places;
    }

    @GetMapping("/divisions/{parentId}/places/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long parentId, Model model) {
        Division parent = editableParent(user, parentId);
        return form(model, parent, null, new PlaceForm());
    }

    @PostMapping("/divisions/{parentId}/places")
    @FormPage("/divisions/{parentId}/places/new")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long parentId,
                  @Valid @ModelAttribute("form") PlaceForm form, BindingResult errors, RedirectAttributes redirect)
            throws BindException {
        Division parent = editableParent(user, parentId);
        requireBuildingFields(parent.level().placeChild(), form, errors);
        Division created = places.create(parentId, form, user.scope());
        redirect.addFlashAttribute("saved", "已新建" + created.level().label() + "“" + created.name() + "”");
        return "redirect:/divisions/" + created.id();
    }

    @GetMapping("/divisions/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Division place = editablePlace(user, id);
        return form(model, divisions.get(place.parentId(), user.scope()), place, PlaceForm.of(place));
    }

    @PostMapping("/divisions/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") PlaceForm form, BindingResult errors, RedirectAttributes redirect)
            throws BindException {
        Division place = editablePlace(user, id);
        requireBuildingFields(place.level(), form, errors);
        places.update(id, form, user.scope());
        redirect.addFlashAttribute("saved", "已保存");
        return "redirect:/divisions/" + id;
    }

    /**
     * A building's floors and entrances are required, which Bean Validation cannot know from the
     * form alone: they are reported together with the form's other errors ({@link Places} checks
     * them again), and the advice shows the form again with all of them.
     */
    private static void requireBuildingFields(Level level, PlaceForm form, BindingResult errors) throws BindException {
        if (level == Level.BUILDING) {
            if (form.getFloors() == null && !errors.hasFieldErrors("floors")) {
                errors.rejectValue("floors", "division.place.floors.required");
            }
            if (form.getEntrances() == null && !errors.hasFieldErrors("entrances")) {
                errors.rejectValue("entrances", "division.place.entrances.required");
            }
        }
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }

    private String form(Model model, Division parent, Division place, PlaceForm form) {
        model.addAttribute("parent", parent);
        model.addAttribute("place", place);
        model.addAttribute("level", place != null ? place.level() : parent.level().placeChild());
        model.addAttribute("crumbs", divisions.lineage(place != null ? place : parent));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "division/place-form";
    }

    private Division editableParent(CurrentUser user, long parentId) {
        Division parent = divisions.get(parentId, user.scope());
        if (!user.role().mayEditPlaces() || parent.level().placeChild() == null) {
            throw new NotFoundException("place parent " + parentId);
        }
        return parent;
    }

    private Division editablePlace(CurrentUser user, long id) {
        Division place = divisions.get(id, user.scope());
        if (!user.role().mayEditPlaces() || !place.isPlace()) {
            throw new NotFoundException("place " + id);
        }
        return place;
    }
}
