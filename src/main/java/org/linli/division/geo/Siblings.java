package org.linli.division.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.geo.ShapeChecks.Proposed;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * No two children of one parent overlap by more than {@link ShapeChecks#OVERLAP_M2}: among the
 * batch, and between the batch and the stored siblings it does not replace. Edges and corners
 * may touch. Each overlap is reported once, on the later line of the two.
 */
final class Siblings {

    private record Sibling(long line, String code, String name, String path, Geometry geometry, Proposed proposed) {
    }

    private final ShapeStore store;
    private final Set<String> replaced;

    Siblings(ShapeStore store, Set<String> replaced) {
        this.store = store;
        this.replaced = replaced;
    }

    void check(Collection<Proposed> good, List<ShapeProblem> problems) {
        Map<String, List<Proposed>> families = new LinkedHashMap<>();
        for (Proposed p : good) {
            if (ShapeChecks.isArea(p.division().level())) {
                String path = p.division().path();
                String parent = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
                families.computeIfAbsent(parent + " " + p.division().level(), k -> new ArrayList<>()).add(p);
            }
        }
        families.forEach((key, family) -> checkFamily(key.substring(0, key.indexOf(' ')), family, problems));
    }

    private void checkFamily(String parent, List<Proposed> family, List<ShapeProblem> problems) {
        Envelope box = new Envelope();
        family.forEach(p -> box.expandToInclude(p.geometry().getEnvelopeInternal()));
        STRtree index = new STRtree();
        List<Sibling> all = new ArrayList<>();
        family.forEach(p -> all.add(new Sibling(p.line(), p.division().code(), p.division().name(), p.division().path(),
                p.geometry(), p)));
        store.below(parent, List.of(family.getFirst().division().level()), box).stream()
                .filter(s -> !replaced.contains(s.path()))
                .forEach(s -> all.add(new Sibling(-1, s.code(), s.name(), s.path(), s.geometry(), null)));
        all.forEach(s -> index.insert(s.geometry().getEnvelopeInternal(), s));
        for (Sibling s : all) {
            if (s.proposed() == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Sibling> near = index.query(s.geometry().getEnvelopeInternal());
            near.stream()
                    .filter(o -> o != s && (o.proposed() == null || o.line() < s.line()
                            || (o.line() == s.line() && o.path().compareTo(s.path()) < 0)))
                    .filter(o -> overlap(s.geometry(), o.geometry()) > ShapeChecks.OVERLAP_M2)
                    .findFirst()
                    .ifPresent(o -> problems.add(ShapeChecks.problem(s.proposed(), "与同级的“%s”（%s%s）重叠约 %.0f 平方米".formatted(
                            o.name(), o.code(), o.proposed() == null ? "，已保存" : o.line() > 0 ? "，第 " + o.line() + " 行" : "",
                            overlap(s.geometry(), o.geometry())))));
        }
    }

    private static double overlap(Geometry a, Geometry b) {
        if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
            return 0;
        }
        try {
            return Metres.area(a.intersection(b));
        } catch (TopologyException e) {
            return Double.MAX_VALUE;
        }
    }
}
