package org.linli.division.web;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Shapes;
import org.linli.shared.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Boundaries and points as GeoJSON for maps: a division and its children, within the scope (404 outside it). */
@RestController
class ShapesApi {

    private final Divisions divisions;
    private final Shapes shapes;

    ShapesApi(Divisions divisions, Shapes shapes) {
        this.divisions = divisions;
        this.shapes = shapes;
    }

    @GetMapping("/api/divisions/{id}/shapes")
    ResponseEntity<String> shapes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Division node = divisions.get(id, user.scope());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(shapes.features(node, user.scope(), Shapes.Reach.SELF_AND_CHILDREN));
    }
}
