package org.linli.gridwork;

import java.time.LocalDate;
import java.util.List;

import org.linli.gridwork.patrol.PatrolBulk;
import org.springframework.stereotype.Service;

/**
 * Patrols made in bulk rather than walked: the demo district's last months. Each grid comes with
 * its worker, how diligent they are, and its buildings; the rollups the coverage pages read are
 * written with them.
 */
@Service
public class PatrolHistory {

    /** A grid to fill: its worker, how diligent they are (0–1: the chance of each day's patrols), its buildings. */
    public record Grid(long gridId, String gridPath, long workerId, String workerName, double diligence, List<Long> buildings) {
    }

    private final PatrolBulk bulk;

    PatrolHistory(PatrolBulk bulk) {
        this.bulk = bulk;
    }

    /** Whether any patrol is recorded (a generator runs only on an empty history). */
    public boolean any() {
        return bulk.any();
    }

    /** Ended patrols started from {@code from} to {@code to}, both included; how many were made. */
    public int generate(List<Grid> grids, LocalDate from, LocalDate to, double seed) {
        return bulk.generate(grids.stream().map(g -> new PatrolBulk.GridPlan(g.gridId(), g.gridPath(), g.workerId(), g.workerName(),
                g.diligence(), g.buildings())).toList(), from, to, seed);
    }
}
