package org.linli.testing;

import java.util.ArrayList;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.Places;
import org.linli.division.Shapes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Grids to patrol, for the grid work module's tests on their own database: a grid under a
 * committee with one estate and a few buildings, each drawn as a point about 110 m apart (north).
 */
public final class PatrolFixtures {

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    /** A grid made by {@link #grid}, its buildings in code order and their points. */
    public record Grid(Division grid, List<Division> buildings, List<LatLon> points) {
    }

    private PatrolFixtures() {
    }

    /**
     * Grid {@code committeeCode + seq} with one estate and {@code buildings} buildings, drawn at
     * {@code lat0 + 0.001 * i}, {@code lon0}; made once (a second call returns the same grid).
     */
    public static Grid grid(Places places, Shapes shapes, Divisions divisions, String committeeCode, String seq, int buildings,
                            double lat0, double lon0) {
        String gridCode = committeeCode + seq;
        String estateCode = gridCode + "001";
        if (divisions.findByCode(gridCode).isEmpty()) {
            places.createAll(List.of(new Places.NewPlace(committeeCode, gridCode, "测试网格" + seq, Level.GRID, null, null, null)));
            places.createAll(List.of(new Places.NewPlace(gridCode, estateCode, "测试小区" + seq, Level.ESTATE, "测试路" + seq + "号",
                    null, null)));
            List<Places.NewPlace> made = new ArrayList<>();
            for (int i = 1; i <= buildings; i++) {
                made.add(new Places.NewPlace(estateCode, estateCode + String.format("%03d", i), i + "号楼", Level.BUILDING, null, 6, 2));
            }
            if (!made.isEmpty()) {
                places.createAll(made);
            }
            List<Shapes.Drawn> points = new ArrayList<>();
            for (int i = 1; i <= buildings; i++) {
                Division b = divisions.findByCode(estateCode + String.format("%03d", i)).orElseThrow();
                points.add(new Shapes.Drawn(b, GEOMETRY.createPoint(new Coordinate(lon0, lat0 + 0.001 * i))));
            }
            if (!points.isEmpty()) {
                shapes.load(points, "test");
            }
        }
        List<Division> made = new ArrayList<>();
        List<LatLon> at = new ArrayList<>();
        for (int i = 1; i <= buildings; i++) {
            made.add(divisions.findByCode(estateCode + String.format("%03d", i)).orElseThrow());
            at.add(new LatLon(lat0 + 0.001 * i, lon0));
        }
        return new Grid(divisions.findByCode(gridCode).orElseThrow(), made, at);
    }
}
