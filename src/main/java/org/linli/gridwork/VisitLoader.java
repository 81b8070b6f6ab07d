package org.linli.gridwork;

import org.linli.gridwork.visits.PastVisits;
import org.linli.shared.DataScope;
import org.springframework.stereotype.Service;

/**
 * Generated visits for a demo district: the projection of who is to be visited, built from the
 * registry, and a few weeks of past visits, so that lists show visits due, overdue and done.
 */
@Service
public class VisitLoader {

    private final PastVisits past;

    VisitLoader(PastVisits past) {
        this.past = past;
    }

    /** Whether the area has any visit recorded. */
    public boolean hasVisits(DataScope scope) {
        return past.any(scope);
    }

    /**
     * Loads past visits for the area (deterministic for a seed); those of {@code ownGridPath} are
     * made by {@code ownGridWorker}, the others by their grid's generated worker. Returns how many.
     */
    public int loadPastVisits(DataScope scope, long seed, String ownGridPath, String ownGridWorker) {
        return past.load(scope, seed, ownGridPath, ownGridWorker);
    }
}
