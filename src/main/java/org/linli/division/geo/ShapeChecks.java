package org.linli.division.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.Division;
import org.linli.division.Level;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

/**
 * The checks every new boundary or point goes through, whether from a GeoJSON file or drawn on the
 * map: the right kind of geometry for the level, a valid polygon, inside the boundary of the
 * nearest ancestor that has one (from the same batch or stored; 1 m of slack), no overlap with a
 * sibling (from the batch, or stored and not replaced by it; more than 1 m²; touching edges are
 * fine), and the stored places below a new boundary still inside it. Each problem names the line
 * of the feature (0 for a drawing).
 */
@Component
public class ShapeChecks {

    /** Overlap between siblings tolerated, in square metres (rounding where two boundaries meet). */
    static final double OVERLAP_M2 = 1.0;
    /** How far outside its parent a boundary may reach, in metres. */
    static final double SLACK_M = 1.0;
    private static final List<Level> AREAS = List.of(Level.STREET, Level.COMMITTEE, Level.GRID);

    private final ShapeStore store;

    ShapeChecks(ShapeStore store) {
        this.store = store;
    }

    /** A shape proposed for a division, with the line of the file it came from. */
    public record Proposed(long line, Division division, Geometry geometry) {
    }

    /** Every problem of the batch, by line. An empty list means the batch may be stored as it is. */
    public List<ShapeProblem> check(List<Proposed> batch) {
        List<ShapeProblem> problems = new ArrayList<>();
        Map<String, Proposed> good = new HashMap<>();
        Set<String> bad = new HashSet<>();
        for (Proposed p : batch) {
            String reason = kindProblem(p.division().level(), p.geometry());
            if (reason == null) {
                reason = Validity.problem(p.geometry());
            }
            if (reason != null) {
                problems.add(problem(p, reason));
                bad.add(p.division().path());
            } else {
                good.put(p.division().path(), p);
            }
        }
        Set<String> replaced = new HashSet<>(good.keySet());
        replaced.addAll(bad);
        new Enclosures(store, good, bad).check(problems);
        new Siblings(store, replaced).check(good.values(), problems);
        childrenInside(good.values(), replaced, problems);
        problems.sort(Comparator.comparingLong(ShapeProblem::line).thenComparing(ShapeProblem::code));
        return problems;
    }

    static boolean isArea(Level level) {
        return AREAS.contains(level);
    }

    /** Which geometry the level takes: a boundary for streets, committees and grids, a point below. */
    static String kindProblem(Level level, Geometry geometry) {
        String type = geometry.getGeometryType();
        return switch (level) {
            case STREET, COMMITTEE, GRID -> type.equals("Polygon") || type.equals("MultiPolygon") ? null
                    : "%s应为多边形边界（Polygon 或 MultiPolygon），而不是 %s".formatted(level.label(), type);
            case ESTATE, BUILDING -> type.equals("Point") ? null
                    : "%s应为一个点（Point），而不是 %s".formatted(level.label(), type);
            default -> "%s不在此绘制边界：只导入街道乡镇、居村委会、网格的边界和小区、楼栋的位置".formatted(level.label());
        };
    }

    /** The stored places below each new boundary (not themselves replaced) must stay inside it. */
    private void childrenInside(Iterable<Proposed> good, Set<String> replaced, List<ShapeProblem> problems) {
        for (Proposed p : good) {
            if (!isArea(p.division().level())) {
                continue;
            }
            PreparedGeometry slack = PreparedGeometryFactory.prepare(Metres.buffer(p.geometry(), SLACK_M));
            store.below(p.division().path(), List.of(Level.values()), null).stream()
                    .filter(s -> !replaced.contains(s.path()))
                    .filter(s -> !slack.covers(s.geometry()))
                    .findFirst()
                    .ifPresent(s -> problems.add(problem(p, "新边界未包含已有的下级%s“%s”（%s）：请先调整下级或一并导入".formatted(
                            s.level().label(), s.name(), s.code()))));
        }
    }

    static ShapeProblem problem(Proposed p, String reason) {
        return new ShapeProblem(p.line(), p.division().code(), reason);
    }

    /** What a point is called in a message. */
    static String where(Geometry g) {
        Point c = g.getInteriorPoint();
        return "经度 %.6f，纬度 %.6f".formatted(c.getX(), c.getY());
    }
}
