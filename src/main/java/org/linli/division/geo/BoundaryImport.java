package org.linli.division.geo;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.geo.GeoJsonFeatures.Feature;
import org.linli.division.geo.ShapeChecks.Proposed;
import org.linli.shared.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports boundaries (streets, committees, grids) and points (estates, buildings) from a GeoJSON
 * FeatureCollection, each feature matched by its division code. All or nothing: every problem of
 * every feature is reported by line, and only a file without any is stored, in one transaction
 * that also moves the shapes' version and writes the audit log.
 */
@Service
public class BoundaryImport {

    private final Divisions divisions;
    private final ShapeChecks checks;
    private final ShapeStore store;
    private final AuditLog audit;
    private final Clock clock;

    BoundaryImport(Divisions divisions, ShapeChecks checks, ShapeStore store, AuditLog audit, Clock clock) {
        this.divisions = divisions;
        this.checks = checks;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** What came of a file: how many features, how many stored (all or none), and every problem. */
    public record Outcome(String file, int features, int stored, List<ShapeProblem> problems) {
        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** Imports the file for divisions inside the scope; an actor's name goes on every stored shape. */
    @Transactional
    public Outcome importFile(String fileName, InputStream in, DataScope scope, String actor) {
        List<Feature> features = GeoJsonFeatures.read(in);
        List<ShapeProblem> problems = new ArrayList<>();
        Map<String, Division> known = divisions.byCodes(features.stream().map(Feature::code)
                        .filter(c -> !c.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)))
                .stream().collect(Collectors.toMap(Division::code, Function.identity()));
        Map<String, Long> firstLine = new HashMap<>();
        List<Proposed> proposed = new ArrayList<>();
        for (Feature f : features) {
            Division division = known.get(f.code());
            Long earlier = f.code().isEmpty() ? null : firstLine.putIfAbsent(f.code(), f.line());
            String reason = f.problem() != null ? f.problem()
                    : division == null ? "区划编码“%s”不存在".formatted(f.code())
                    : !scope.covers(division.path()) ? "“%s”（%s）不在您的管辖范围内".formatted(division.name(), f.code())
                    : earlier != null ? "编码重复：第 %d 行已有同一区划".formatted(earlier)
                    : null;
            if (reason != null) {
                problems.add(new ShapeProblem(f.line(), f.code(), reason));
            } else {
                proposed.add(new Proposed(f.line(), division, f.geometry()));
            }
        }
        problems.addAll(checks.check(proposed));
        problems.sort(Comparator.comparingLong(ShapeProblem::line).thenComparing(ShapeProblem::code));
        if (features.isEmpty() && problems.isEmpty()) {
            problems.add(new ShapeProblem(0, "", "文件中没有要素"));
        }
        if (!problems.isEmpty()) {
            audit.recordAs(actor, "DIVISION_SHAPE_IMPORT", fileName, scope.path(),
                    "共 %d 个要素，%d 处问题，未保存".formatted(features.size(), problems.size()));
            return new Outcome(fileName, features.size(), 0, List.copyOf(problems));
        }
        store.saveAll(proposed.stream().map(p -> new ShapeStore.NewShape(p.division().id(), p.division().path(),
                p.division().level(), p.geometry())).toList(), actor, OffsetDateTime.now(clock));
        audit.recordAs(actor, "DIVISION_SHAPE_IMPORT", fileName, scope.path(),
                "共 %d 个要素，全部保存".formatted(features.size()));
        return new Outcome(fileName, features.size(), proposed.size(), List.of());
    }
}
