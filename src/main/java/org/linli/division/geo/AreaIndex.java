package org.linli.division.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.linli.division.LatLon;
import org.linli.division.Level;

/**
 * The district's areas and building points in memory, each in an STR-tree: a point is first
 * matched against the boxes, then against the few prepared boundaries whose box holds it. Built
 * once per version of the shapes and then only read, so it is shared between threads.
 */
public final class AreaIndex {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double METRES_PER_DEGREE = 111_320;

    /** An area with its boundary prepared for repeated point tests. */
    public record Area(long divisionId, String path, Level level, PreparedGeometry boundary) {

        public Area(long divisionId, String path, Level level, Geometry boundary) {
            this(divisionId, path, level, PreparedGeometryFactory.prepare(boundary));
        }
    }

    /** A building's point. */
    public record Spot(long divisionId, String path, LatLon point) {
    }

    private final STRtree areas = new STRtree();
    private final STRtree spots = new STRtree();
    private final int areaCount;

    public AreaIndex(List<Area> areaList, List<Spot> spotList) {
        areaList.forEach(a -> areas.insert(a.boundary().getGeometry().getEnvelopeInternal(), a));
        spotList.forEach(s -> spots.insert(new Envelope(new Coordinate(s.point().lon(), s.point().lat())), s));
        areas.build();
        spots.build();
        this.areaCount = areaList.size();
    }

    public int areaCount() {
        return areaCount;
    }

    /**
     * The most precise area whose boundary covers the point (edges and vertices included), among
     * those the filter admits; where two siblings share the edge the point lies on, the one first
     * in code order, so the answer never depends on the order of loading.
     */
    public Optional<Area> deepestCovering(LatLon at, Predicate<String> admitted) {
        Point point = GEOMETRY.createPoint(new Coordinate(at.lon(), at.lat()));
        @SuppressWarnings("unchecked")
        List<Area> candidates = areas.query(point.getEnvelopeInternal());
        return candidates.stream()
                .filter(a -> admitted.test(a.path()) && a.boundary().covers(point))
                .min(Comparator.comparingInt((Area a) -> -a.level().ordinal()).thenComparing(Area::path));
    }

    /** The building nearest the point within the distance, among those under the path. */
    public Optional<Spot> nearestBuilding(LatLon at, double metres, String underPath) {
        double dLat = metres / METRES_PER_DEGREE;
        double dLon = metres / (METRES_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(at.lat()))));
        @SuppressWarnings("unchecked")
        List<Spot> candidates = spots.query(new Envelope(at.lon() - dLon, at.lon() + dLon, at.lat() - dLat, at.lat() + dLat));
        return candidates.stream()
                .filter(s -> s.path().startsWith(underPath) && s.point().metresTo(at) <= metres)
                .min(Comparator.comparingDouble((Spot s) -> s.point().metresTo(at)).thenComparing(Spot::path));
    }
}
