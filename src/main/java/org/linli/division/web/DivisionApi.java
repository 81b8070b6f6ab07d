package org.linli.division.web;

import java.util.List;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.PlaceForm;
import org.linli.division.Places;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON access to the hierarchy, with the same data scope as the pages. */
@RestController
@RequestMapping("/api/divisions")
class DivisionApi {

    private final Divisions divisions;
    private final Places places;

    DivisionApi(Divisions divisions, Places places) {
        this.divisions = divisions;
        this.places = places;
    }

    @GetMapping("/{id}")
    Division get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return divisions.get(id, user.scope());
    }

    @GetMapping("/{id}/children")
    List<Division> children(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                            @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "100") int limit) {
        return divisions.children(divisions.get(id, user.scope()), user.scope(), Math.max(0, offset),
                Math.clamp(limit, 1, 1000));
    }

    /**
     * Outside the scope is 404 before anything else; refusals and invalid forms then answer 400
     * with the reasons in Chinese (platform ApiErrorAdvice).
     */
    @PostMapping("/{parentId}/places")
    ResponseEntity<Division> create(@AuthenticationPrincipal CurrentUser user, @PathVariable long parentId,
                                    @Valid @RequestBody PlaceForm form, BindingResult errors) throws BindException {
        requireEditor(user, parentId, errors);
        return ResponseEntity.status(HttpStatus.CREATED).body(places.create(parentId, form, user.scope()));
    }

    @PutMapping("/{id}")
    Division update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @RequestBody PlaceForm form,
                    BindingResult errors) throws BindException {
        requireEditor(user, id, errors);
        return places.update(id, form, user.scope());
    }

    private void requireEditor(CurrentUser user, long id, BindingResult errors) throws BindException {
        divisions.get(id, user.scope());
        if (!user.role().mayEditPlaces()) {
            throw new NotFoundException("division " + id);
        }
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }
}
