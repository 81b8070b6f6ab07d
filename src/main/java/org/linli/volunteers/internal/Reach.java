package org.linli.volunteers.internal;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Whose volunteers and activities a user reaches. Volunteers and activities belong to a committee,
 * so a grid worker and a resident reach their whole committee (their own division lies below it);
 * street staff and district administrators reach every committee under them. Only the committee's
 * own staff (community and grid workers) register volunteers, run activities and certify hours.
 */
@Component
public class Reach {

    /** What one user reaches: the path prefix rows must start with, and their committee when they have one. */
    public record Of(DataScope scope, Division committee, boolean staff, boolean organiser) {

        public String prefix() {
            return scope.prefix();
        }

        public boolean covers(String committeePath) {
            return scope.covers(committeePath);
        }

        /** The user's committee, for a write; a refusal-free 404 for those who have none. */
        public Division ownCommittee() {
            if (committee == null) {
                throw new NotFoundException("no committee of one's own");
            }
            return committee;
        }
    }

    private final Divisions divisions;

    Reach(Divisions divisions) {
        this.divisions = divisions;
    }

    public Of of(CurrentUser user) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow(() -> new NotFoundException("division"));
        Division committee = node.level() == Level.COMMITTEE ? node : divisions.lineage(node).stream()
                .filter(d -> d.level() == Level.COMMITTEE).findFirst().orElse(null);
        DataScope scope = committee != null ? new DataScope(committee.path()) : user.scope();
        boolean staff = user.role().mayReadRegistry();
        boolean organiser = committee != null && (user.role() == Role.COMMUNITY_WORKER || user.role() == Role.GRID_WORKER);
        return new Of(scope, committee, staff, organiser);
    }

    /** Staff only (residents have their own page): others are not found. */
    public Of staff(CurrentUser user) {
        Of reach = of(user);
        if (!reach.staff()) {
            throw new NotFoundException("staff page");
        }
        return reach;
    }

    /** The committee's own staff only: others are not found. */
    public Of organiser(CurrentUser user) {
        Of reach = of(user);
        if (!reach.organiser()) {
            throw new NotFoundException("organiser page");
        }
        return reach;
    }
}
