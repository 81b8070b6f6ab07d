package org.linli.division.geo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.geo.ShapeChecks.Proposed;
import org.linli.shared.Refusal;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A boundary or point drawn on the map page, stored after the same checks as an imported file;
 * the first problem is the refusal, on the drawing's field, so the page keeps the drawing.
 */
@Service
public class BoundaryEditor {

    private final ShapeChecks checks;
    private final ShapeStore store;
    private final AuditLog audit;
    private final Clock clock;

    BoundaryEditor(ShapeChecks checks, ShapeStore store, AuditLog audit, Clock clock) {
        this.checks = checks;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the drawn GeoJSON geometry for the division (which the caller has found in the
     * editor's scope).
     */
    @Transactional
    public void save(Division division, String geoJson, String actor) {
        if (geoJson == null || geoJson.isBlank()) {
            throw Refusal.ofField("geometry", "division.shape.required");
        }
        Geometry geometry;
        try {
            geometry = GeoJsonFeatures.geometry(geoJson);
        } catch (GeoJsonFeatures.Unreadable e) {
            throw Refusal.ofField("geometry", "division.shape.refused", e.getMessage());
        }
        List<ShapeProblem> problems = checks.check(List.of(new Proposed(0, division, geometry)));
        if (!problems.isEmpty()) {
            throw Refusal.ofField("geometry", "division.shape.refused", problems.getFirst().reason());
        }
        store.saveAll(List.of(new ShapeStore.NewShape(division.id(), division.path(), division.level(), geometry)),
                actor, OffsetDateTime.now(clock));
        audit.recordAs(actor, "DIVISION_SHAPE_SAVE", division.code(), division.path(),
                "%s“%s”的%s已保存".formatted(division.levelLabel(), division.name(),
                        ShapeChecks.isArea(division.level()) ? "边界" : "位置"));
    }
}
