package org.linli.division;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.linli.division.geo.ShapeStore;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.locationtech.jts.geom.Geometry;
import org.linli.division.geo.GeoJsonShapes;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boundaries and points of divisions, in WGS-84. {@link #load} stores shapes made by a program
 * that guarantees them (the demo's generated district); people's drawings and GeoJSON files go
 * through the checked import and editor.
 */
@Service
public class Shapes {

    private final ShapeStore store;
    private final Clock clock;
    private final JsonMapper json;

    Shapes(ShapeStore store, Clock clock, JsonMapper json) {
        this.store = store;
        this.clock = clock;
        this.json = json;
    }

    /** A division with its boundary (street, committee, grid) or point (estate, building). */
    public record Drawn(Division division, Geometry geometry) {
    }

    @Transactional
    public void load(List<Drawn> shapes, String actor) {
        store.saveAll(shapes.stream()
                .map(s -> new ShapeStore.NewShape(s.division().id(), s.division().path(), s.division().level(), s.geometry()))
                .toList(), actor, OffsetDateTime.now(clock));
    }

    /** How much of the tree below a division its map draws. */
    public enum Reach {
        /** The division and its children, areas and points (a division's own map, where they are drawn). */
        SELF_AND_CHILDREN,
        /** The division and its child areas (what a map of cases in it draws underneath). */
        CHILD_AREAS,
        /** The division and every street, committee and grid below it (the forms' maps). */
        AREAS_BELOW
    }

    /**
     * A division's map as a GeoJSON FeatureCollection in WGS-84, within the scope; each feature's
     * properties are the division's {@code id}, {@code code}, {@code name}, {@code level},
     * {@code levelLabel} and whether it is the division itself ({@code self}): nothing about people,
     * so a public page may serve it. A division outside the scope is not found.
     */
    public String features(Division root, DataScope scope, Reach reach) {
        return json.writeValueAsString(GeoJsonShapes.collection(stored(root, scope, reach), root.id()));
    }

    /** The box of a division's map (its boundary and its child areas'), empty when none is drawn. */
    public Optional<Envelope> extent(Division root, DataScope scope) {
        Envelope box = new Envelope();
        stored(root, scope, Reach.CHILD_AREAS).forEach(s -> box.expandToInclude(s.geometry().getEnvelopeInternal()));
        return box.isNull() ? Optional.empty() : Optional.of(box);
    }

    private List<ShapeStore.Stored> stored(Division root, DataScope scope, Reach reach) {
        if (!scope.covers(root.path())) {
            throw new NotFoundException("division " + root.id());
        }
        return store.forMap(root.id(), root.path(), scope.prefix(), reach == Reach.AREAS_BELOW, reach != Reach.SELF_AND_CHILDREN);
    }

    /** Whether any division of the tree has a shape yet. */
    public boolean any() {
        return store.version() > 0;
    }
}
