package org.linli.gridwork.patrol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, reading and ending patrols. A grid worker patrols their own grid, one patrol at a time;
 * a patrol is read by whoever's scope holds its grid (404 otherwise), and written only by its
 * worker. Ending counts it for its grid's start day (the coverage rollups, same transaction).
 */
@Service
public class Patrols {

    /** Positions less precise than this (metres) are kept but neither measured nor used for ticks. */
    static final double USABLE_ACCURACY = 100;

    private final PatrolStore store;
    private final Divisions divisions;
    private final RuleBook rules;
    private final Clock clock;

    Patrols(PatrolStore store, Divisions divisions, RuleBook rules, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public Patrol start(CurrentUser user) {
        Division grid = ownGrid(user);
        if (store.running(user.accountId()).isPresent()) {
            throw Refusal.of("gridwork.patrol.already-running");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            long id = store.start(grid.id(), grid.path(), user.accountId(), user.displayName(), now, LocalDate.now(clock));
            return store.find(id, user.scope()).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw Refusal.of("gridwork.patrol.already-running");
        }
    }

    /** A patrol in the user's scope, for grid workers and the staff above them; residents and departments see none. */
    public Patrol get(long id, CurrentUser user) {
        if (user.role() == Role.RESIDENT || user.role() == Role.DEPARTMENT_STAFF) {
            throw new NotFoundException("patrol");
        }
        return store.find(id, user.scope()).orElseThrow(() -> new NotFoundException("patrol"));
    }

    /** The worker's own patrol, still running; another's is not found, an ended one refused. */
    Patrol ownRunning(long id, CurrentUser user) {
        Patrol patrol = get(id, user);
        if (patrol.workerId() != user.accountId()) {
            throw new NotFoundException("patrol");
        }
        if (!patrol.running()) {
            throw Refusal.of("gridwork.patrol.ended");
        }
        return patrol;
    }

    public java.util.Optional<Patrol> running(CurrentUser user) {
        return store.running(user.accountId());
    }

    public List<Patrol> recent(CurrentUser user) {
        return store.recent(user.accountId(), 10);
    }

    @Transactional
    public Patrol end(long id, CurrentUser user) {
        Patrol patrol = ownRunning(id, user);
        store.end(patrol.id(), OffsetDateTime.now(clock), "WORKER", distance(patrol.id()));
        return get(id, user);
    }

    /**
     * Ends each patrol left open past its region's {@link PatrolRules#OPEN_HOURS}, at the moment the
     * limit passed (not when the job noticed), and counts it like any other.
     */
    @Transactional
    public int endForgotten() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int ended = 0;
        for (Patrol p : store.openSince(now.minusHours(1))) {
            int hours = rules.value(PatrolRules.OPEN_HOURS, p.gridPath(), p.startDay());
            OffsetDateTime limit = p.startedAt().plusHours(hours);
            if (!limit.isAfter(now) && store.end(p.id(), limit, "LIMIT", distance(p.id()))) {
                ended++;
            }
        }
        return ended;
    }

    public List<PatrolFinding> findings(long id) {
        return store.findings(id);
    }

    public List<LatLon> track(long id) {
        return store.track(id, USABLE_ACCURACY);
    }

    /** Metres along the usable track. */
    int distance(long id) {
        List<LatLon> track = track(id);
        double metres = 0;
        for (int i = 1; i < track.size(); i++) {
            metres += track.get(i - 1).metresTo(track.get(i));
        }
        return (int) Math.round(metres);
    }

    /** The grid a grid worker's account belongs to; other roles do not patrol. */
    Division ownGrid(CurrentUser user) {
        if (user.role() != Role.GRID_WORKER) {
            throw new NotFoundException("patrol");
        }
        return divisions.findUnscoped(user.divisionId()).filter(d -> d.level() == Level.GRID)
                .orElseThrow(() -> Refusal.of("gridwork.patrol.no-grid"));
    }
}
