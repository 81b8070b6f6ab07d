package org.linli.division.web;

import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.geo.GeoJsonShapes;
import org.linli.division.geo.ShapeStore;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Boundaries and points as GeoJSON for maps: a division and its children, within the scope (404 outside it). */
@RestController
class ShapesApi {

    private final Divisions divisions;
    private final ShapeStore shapes;

    ShapesApi(Divisions divisions, ShapeStore shapes) {
        this.divisions = divisions;
        this.shapes = shapes;
    }

    @GetMapping("/api/divisions/{id}/shapes")
    Map<String, Object> shapes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Division node = divisions.get(id, user.scope());
        return GeoJsonShapes.collection(shapes.selfAndChildren(node.id()), node.id());
    }
}
