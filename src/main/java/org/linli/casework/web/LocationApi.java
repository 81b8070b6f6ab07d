package org.linli.casework.web;

import org.linli.casework.intake.PointPlaces;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Shapes;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the intake forms' map asks (static/js/pick-location.js, issue #13): the boundaries to draw,
 * and where a point falls before the form is submitted, by the same rule the intake places it by.
 * The public report page asks within the public region; staff within their own scope. A point
 * outside is refused as the intake refuses it (400, on {@code latitude}).
 */
@RestController
class LocationApi {

    private final PointPlaces points;
    private final CaseLocations locations;
    private final Shapes shapes;
    private final Divisions divisions;
    private final PublicRegion region;

    LocationApi(PointPlaces points, CaseLocations locations, Shapes shapes, Divisions divisions, PublicRegion region) {
        this.points = points;
        this.locations = locations;
        this.shapes = shapes;
        this.divisions = divisions;
        this.region = region;
    }

    @GetMapping("/report/locate")
    CaseLocations.Found locatePublic(@RequestParam(defaultValue = "") String lat, @RequestParam(defaultValue = "") String lon) {
        return locate(lat, lon, region.scope());
    }

    /** The public region's streets, committees and grids: names and outlines only. */
    @GetMapping("/report/shapes")
    ResponseEntity<String> shapesPublic() {
        Division area = region.division();
        return json(shapes.features(area, new DataScope(area.path()), Shapes.Reach.AREAS_BELOW));
    }

    @GetMapping("/cases/new/locate")
    CaseLocations.Found locateStaff(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String lat,
                                    @RequestParam(defaultValue = "") String lon) {
        return locate(lat, lon, user.scope());
    }

    /** The boundaries of the user's own division and below. */
    @GetMapping("/cases/new/shapes")
    ResponseEntity<String> shapesStaff(@AuthenticationPrincipal CurrentUser user) {
        return json(shapes.features(divisions.get(user.divisionId(), user.scope()), user.scope(), Shapes.Reach.AREAS_BELOW));
    }

    private CaseLocations.Found locate(String lat, String lon, DataScope scope) {
        LatLon point = LatLon.parse(lat, lon).orElseThrow(() -> Refusal.ofField("latitude", "casework.location.format"));
        return locations.found(points.locate(point, scope));
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
