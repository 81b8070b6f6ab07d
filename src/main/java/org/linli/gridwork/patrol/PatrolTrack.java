package org.linli.gridwork.patrol;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What a running patrol records: the phone's positions, sent by the page in small batches, and the
 * buildings passed, ticked by hand or by themselves when a usable position comes within
 * {@link PatrolRules#TICK_METRES} of the building's point.
 */
@Service
@Validated
public class PatrolTrack {

    /** One position from the browser's geolocation (WGS-84), its time in epoch milliseconds. */
    public record Position(@NotNull Double latitude, @NotNull Double longitude, Double accuracy, Long at) {
    }

    /** A batch of positions; a page sends a few at a time. */
    public record Positions(@NotNull @Size(max = 200) List<@Valid @NotNull Position> positions) {
    }

    /** What a batch changed: buildings ticked by it. */
    public record Recorded(int positions, List<Long> ticked) {
    }

    private final Patrols patrols;
    private final PatrolStore store;
    private final GridBuildings buildings;
    private final Divisions divisions;
    private final RuleBook rules;
    private final Clock clock;

    PatrolTrack(Patrols patrols, PatrolStore store, GridBuildings buildings, Divisions divisions, RuleBook rules, Clock clock) {
        this.patrols = patrols;
        this.store = store;
        this.buildings = buildings;
        this.divisions = divisions;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(long id, @Valid Positions batch, CurrentUser user) {
        Patrol patrol = patrols.ownRunning(id, user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PatrolStore.Position> kept = new ArrayList<>();
        for (Position p : batch.positions()) {
            if (Math.abs(p.latitude()) > 90 || Math.abs(p.longitude()) > 180) {
                throw Refusal.ofField("positions", "gridwork.patrol.position-invalid");
            }
            // The phone's own time, unless it is in the future or before the patrol (a wrong phone clock).
            OffsetDateTime at = p.at() == null ? now
                    : OffsetDateTime.ofInstant(Instant.ofEpochMilli(p.at()), clock.getZone());
            if (at.isAfter(now) || at.isBefore(patrol.startedAt())) {
                at = now;
            }
            kept.add(new PatrolStore.Position(at, p.latitude(), p.longitude(), p.accuracy()));
        }
        store.addPositions(id, kept);
        int metres = rules.value(PatrolRules.TICK_METRES, patrol.gridPath(), patrol.startDay());
        Map<Long, String> ticked = store.ticks(id);
        List<Long> added = new ArrayList<>();
        for (GridPlace b : buildings.buildings(grid(patrol))) {
            if (b.point() == null || ticked.containsKey(b.id())) {
                continue;
            }
            for (PatrolStore.Position p : kept) {
                boolean usable = p.accuracy() == null || p.accuracy() <= Patrols.USABLE_ACCURACY;
                if (usable && b.point().metresTo(new LatLon(p.latitude(), p.longitude())) <= metres) {
                    store.tick(id, b.id(), "NEAR", now);
                    added.add(b.id());
                    break;
                }
            }
        }
        return new Recorded(kept.size(), added);
    }

    /** Ticks a building of the patrol's grid by hand (again is no change). */
    @Transactional
    public void tick(long id, long buildingId, CurrentUser user) {
        Patrol patrol = patrols.ownRunning(id, user);
        boolean ofGrid = buildings.buildings(grid(patrol)).stream().anyMatch(b -> b.id() == buildingId);
        if (!ofGrid) {
            throw new NotFoundException("building");
        }
        store.tick(id, buildingId, "HAND", OffsetDateTime.now(clock));
    }

    public Map<Long, String> ticks(long id) {
        return store.ticks(id);
    }

    Division grid(Patrol patrol) {
        return divisions.findUnscoped(patrol.gridId()).orElseThrow(() -> new NotFoundException("grid"));
    }
}
