package org.linli.division.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Point in polygon where it is hard: on a shared edge, on a shared vertex, a hair inside and
 * outside, in a hole, in the second part of a MultiPolygon; siblings chosen the same way whatever
 * the order of loading.
 */
class AreaIndexTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String COMMITTEE = "/15/1501/150104/150104001/150104001002/";
    private static final double EPS = 1e-9;

    /** A committee 111.60–111.64 × 40.70–40.72 cut into four grids of 0.02 × 0.01; a fifth far away is a MultiPolygon. */
    private static List<AreaIndex.Area> district() {
        List<AreaIndex.Area> areas = new ArrayList<>();
        areas.add(area(COMMITTEE, Level.COMMITTEE, box(111.60, 40.70, 111.64, 40.72)));
        areas.add(area(COMMITTEE + "150104001002001/", Level.GRID, box(111.60, 40.71, 111.62, 40.72)));
        areas.add(area(COMMITTEE + "150104001002002/", Level.GRID, box(111.62, 40.71, 111.64, 40.72)));
        areas.add(area(COMMITTEE + "150104001002003/", Level.GRID, box(111.60, 40.70, 111.62, 40.71)));
        // The fourth grid has a hole (a lake belonging to no grid) in its middle.
        areas.add(area(COMMITTEE + "150104001002004/", Level.GRID, withHole(box(111.62, 40.70, 111.64, 40.71),
                box(111.625, 40.7025, 111.635, 40.7075))));
        Geometry twoParts = GEOMETRY.createMultiPolygon(new Polygon[] {
                box(111.70, 40.70, 111.71, 40.71), box(111.72, 40.70, 111.73, 40.71)});
        areas.add(area("/15/1501/150104/150104001/150104001004/", Level.COMMITTEE, twoParts));
        return areas;
    }

    @Test
    void aPointOnTheEdgeTwoGridsShareGoesToTheFirstInCodeOrderWhateverTheLoadingOrder() {
        LatLon onEdge = new LatLon(40.715, 111.62);
        for (int shuffle = 0; shuffle < 10; shuffle++) {
            List<AreaIndex.Area> areas = district();
            Collections.shuffle(areas, new java.util.Random(shuffle));
            AreaIndex index = new AreaIndex(areas, List.of());
            assertThat(found(index, onEdge)).isEqualTo(COMMITTEE + "150104001002001/");
        }
    }

    @Test
    void aPointOnAVertexOfFourGridsGoesToTheFirstOfThem() {
        AreaIndex index = new AreaIndex(district(), List.of());
        assertThat(found(index, new LatLon(40.71, 111.62))).isEqualTo(COMMITTEE + "150104001002001/");
        // A corner of the committee that only one grid has.
        assertThat(found(index, new LatLon(40.70, 111.64))).isEqualTo(COMMITTEE + "150104001002004/");
    }

    @Test
    void justInsideIsInAndJustOutsideIsOut() {
        AreaIndex index = new AreaIndex(district(), List.of());
        assertThat(found(index, new LatLon(40.71 + EPS, 111.62 + EPS))).isEqualTo(COMMITTEE + "150104001002002/");
        assertThat(found(index, new LatLon(40.71 - EPS, 111.62 - EPS))).isEqualTo(COMMITTEE + "150104001002003/");
        assertThat(found(index, new LatLon(40.72 - EPS, 111.60 + EPS))).isEqualTo(COMMITTEE + "150104001002001/");
        assertThat(index.deepestCovering(new LatLon(40.72 + EPS, 111.61), p -> true)).isEmpty();
        assertThat(index.deepestCovering(new LatLon(40.71, 111.60 - EPS), p -> true)).isEmpty();
    }

    @Test
    void aPointInAHoleBelongsToTheGridAroundItOnlyOnTheHolesEdge() {
        AreaIndex index = new AreaIndex(district(), List.of());
        // In the lake: no grid holds it, the committee does.
        assertThat(found(index, new LatLon(40.705, 111.63))).isEqualTo(COMMITTEE);
        // On the lake's shore, and a hair into the grid around it.
        assertThat(found(index, new LatLon(40.7025, 111.63))).isEqualTo(COMMITTEE + "150104001002004/");
        assertThat(found(index, new LatLon(40.7025 - EPS, 111.63))).isEqualTo(COMMITTEE + "150104001002004/");
        assertThat(found(index, new LatLon(40.7025 + EPS, 111.63))).isEqualTo(COMMITTEE);
    }

    @Test
    void aPointInEitherPartOfAMultiPolygonIsInIt() {
        AreaIndex index = new AreaIndex(district(), List.of());
        String other = "/15/1501/150104/150104001/150104001004/";
        assertThat(found(index, new LatLon(40.705, 111.705))).isEqualTo(other);
        assertThat(found(index, new LatLon(40.705, 111.725))).isEqualTo(other);
        assertThat(index.deepestCovering(new LatLon(40.705, 111.715), p -> true)).as("between the parts").isEmpty();
    }

    @Test
    void onlyAdmittedAreasAnswerAndTheDeepestWins() {
        AreaIndex index = new AreaIndex(district(), List.of());
        LatLon inGrid = new LatLon(40.715, 111.61);
        assertThat(found(index, inGrid)).isEqualTo(COMMITTEE + "150104001002001/");
        assertThat(index.deepestCovering(inGrid, p -> p.length() <= COMMITTEE.length()).orElseThrow().path()).isEqualTo(COMMITTEE);
        assertThat(index.deepestCovering(inGrid, p -> p.startsWith("/15/1501/150104/150104002/"))).isEmpty();
    }

    private static String found(AreaIndex index, LatLon at) {
        return index.deepestCovering(at, p -> true).orElseThrow(() -> new AssertionError("no area at " + at)).path();
    }

    private static AreaIndex.Area area(String path, Level level, Geometry g) {
        return new AreaIndex.Area(path.hashCode(), path, level, g);
    }

    static Polygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return (Polygon) GEOMETRY.toGeometry(new Envelope(minLon, maxLon, minLat, maxLat));
    }

    private static Polygon withHole(Polygon shell, Polygon hole) {
        LinearRing inner = GEOMETRY.createLinearRing(hole.getExteriorRing().getCoordinates());
        return GEOMETRY.createPolygon(GEOMETRY.createLinearRing(shell.getExteriorRing().getCoordinates()),
                new LinearRing[] {inner});
    }
}
