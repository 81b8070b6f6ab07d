package org.linli.division.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.geo.ShapeChecks.Proposed;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Each proposed shape inside the boundary of its nearest ancestor that has one: the ancestor's
 * shape from the same batch when it is there (a bad one there means no check: it is reported
 * already), else the stored one. Streets have no enclosing boundary (districts are not drawn).
 */
final class Enclosures {

    private record Enclosure(String name, String code, Geometry geometry, PreparedGeometry slack) {
    }

    private final Map<String, Proposed> good;
    private final Set<String> bad;
    private final Map<String, ShapeStore.Stored> stored = new HashMap<>();
    private final Map<String, Enclosure> prepared = new HashMap<>();

    Enclosures(ShapeStore store, Map<String, Proposed> good, Set<String> bad) {
        this.good = good;
        this.bad = bad;
        List<String> ancestors = new ArrayList<>();
        good.keySet().forEach(path -> ancestors.addAll(ancestors(path)));
        store.atPaths(Set.copyOf(ancestors)).stream().filter(s -> ShapeChecks.isArea(s.level()))
                .forEach(s -> stored.put(s.path(), s));
    }

    void check(List<ShapeProblem> problems) {
        for (Proposed p : good.values()) {
            Enclosure around = enclosure(p.division().path());
            if (around == null || around.slack().covers(p.geometry())) {
                continue;
            }
            problems.add(ShapeChecks.problem(p, "超出上级“%s”（%s）的边界%s".formatted(around.name(), around.code(),
                    outside(p.geometry(), around.geometry()))));
        }
    }

    /** The nearest ancestor's boundary, or null when none is known or the batch's own one is bad. */
    private Enclosure enclosure(String path) {
        for (String ancestor : ancestors(path).reversed()) {
            if (bad.contains(ancestor)) {
                return null;
            }
            Proposed mine = good.get(ancestor);
            if (mine != null && ShapeChecks.isArea(mine.division().level())) {
                return prepared.computeIfAbsent(ancestor, a -> enclosure(mine.division().name(), mine.division().code(),
                        mine.geometry()));
            }
            ShapeStore.Stored kept = stored.get(ancestor);
            if (kept != null) {
                return prepared.computeIfAbsent(ancestor, a -> enclosure(kept.name(), kept.code(), kept.geometry()));
            }
        }
        return null;
    }

    private static Enclosure enclosure(String name, String code, Geometry g) {
        return new Enclosure(name, code, g, PreparedGeometryFactory.prepare(Metres.buffer(g, ShapeChecks.SLACK_M)));
    }

    /** How far out: the area outside for a boundary, the distance for a point. */
    private static String outside(Geometry g, Geometry parent) {
        try {
            if (g.getDimension() == 0) {
                return "：该点（%s）距上级边界约 %.0f 米".formatted(ShapeChecks.where(g),
                        parent.distance(g) * Metres.PER_DEGREE);
            }
            return "：超出部分约 %.0f 平方米".formatted(Metres.area(g.difference(parent)));
        } catch (TopologyException e) {
            return "";
        }
    }

    /** The paths above a path, top first: /15/1501/ for /15/1501/150104/. */
    static List<String> ancestors(String path) {
        List<String> above = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0 && i < path.length() - 1; i = path.indexOf('/', i + 1)) {
            above.add(path.substring(0, i + 1));
        }
        return above;
    }
}
