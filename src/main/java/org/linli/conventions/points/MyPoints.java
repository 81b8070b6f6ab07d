package org.linli.conventions.points;

import java.util.List;
import java.util.Optional;

import org.linli.deliberation.Bindings;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.springframework.stereotype.Service;

/**
 * A resident's own points: their household's (through the identity bound to their account,
 * 实名认证), each member's, every entry and their contests. A resident who has not bound their
 * account sees none.
 */
@Service
public class MyPoints {

    /** What the resident sees. */
    public record Mine(Bindings.Bound bound, PointsLog.HouseholdPoints points, List<ResidentView> members, List<Contest> contests) {

        public long personTotal(long residentId) {
            return points.personTotals().getOrDefault(residentId, 0L);
        }
    }

    private final Bindings bindings;
    private final PointsLog log;
    private final Contests contests;
    private final Residents residents;

    MyPoints(Bindings bindings, PointsLog log, Contests contests, Residents residents) {
        this.bindings = bindings;
        this.log = log;
        this.contests = contests;
        this.residents = residents;
    }

    public Optional<Mine> of(CurrentUser user) {
        return bindings.of(user.accountId()).map(b -> new Mine(b, log.of(b.householdId()),
                residents.household(b.householdId(), new DataScope(b.committeePath())), contests.ofHousehold(b.householdId())));
    }

    /** The household of the signed-in resident, if bound (for the lists' own entries). */
    public Optional<Long> household(CurrentUser user) {
        return bindings.of(user.accountId()).map(Bindings.Bound::householdId);
    }
}
