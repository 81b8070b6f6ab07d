package org.linli.division;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.List;

import org.linli.division.geo.ShapeStore;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.stereotype.Service;
import tools.jackson.core.io.JsonStringEncoder;
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

    Shapes(ShapeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
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

    /**
     * The boundaries of a division and of the streets, committees and grids below it, within the
     * scope, as a GeoJSON FeatureCollection in WGS-84 (six decimals, about 0.1 m); each feature's
     * properties are its {@code code}, {@code name} and {@code level}, nothing about people, so a
     * public page may show them. A division outside the scope is not found.
     */
    public String features(Division root, DataScope scope) {
        if (!scope.covers(root.path())) {
            throw new NotFoundException("division " + root.id());
        }
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        String separator = "";
        for (ShapeStore.Named area : store.areasUnder(new DataScope(root.path()).prefix(), scope.prefix())) {
            json.append(separator).append("{\"type\":\"Feature\",\"properties\":{\"code\":").append(quoted(area.code()))
                    .append(",\"name\":").append(quoted(area.name())).append(",\"level\":\"").append(area.level().name())
                    .append("\"},\"geometry\":").append(writer.write(area.geometry())).append('}');
            separator = ",";
        }
        return json.append("]}").toString();
    }

    /** A JSON string: names are people's text, so quotes, backslashes and control characters are escaped. */
    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        JsonStringEncoder.getInstance().quoteAsString(text, json);
        return json.append('"').toString();
    }

    /** Whether any division of the tree has a shape yet. */
    public boolean any() {
        return store.version() > 0;
    }

    /** A division's boundary as a map draws it, with the code and name it is labelled by. */
    public record Outline(long divisionId, String code, String name, Level level, Geometry shape) {
    }

    /**
     * The boundary of an area (if it has one) and those of its child areas, within the scope: what
     * a map of the area draws underneath its own content.
     */
    public List<Outline> outlines(Division area, DataScope scope) {
        return store.outlines(area.id(), scope.prefix());
    }
}
