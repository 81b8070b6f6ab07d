package org.linli.services.catalogue;

import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Whose catalogue a page shows: a resident's and a community worker's own committee, a grid
 * worker's grid's committee, and for the street and the district the committee they choose within
 * their scope (the first one until they choose). A committee outside the scope is not found.
 */
@Service
public class ServiceCommittees {

    /** More committees than a district has; a street or district chooses among them. */
    private static final int MAX = 2_000;

    private final Divisions divisions;

    ServiceCommittees(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The committee the user works in or lives in; empty for a street or a district. */
    public java.util.Optional<Division> own(CurrentUser user) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow(() -> new NotFoundException("division"));
        if (node.level() == Level.COMMITTEE) {
            return java.util.Optional.of(node);
        }
        if (node.level() == Level.GRID || node.level() == Level.ESTATE || node.level() == Level.BUILDING) {
            return divisions.lineage(node).stream().filter(d -> d.level() == Level.COMMITTEE).findFirst();
        }
        return java.util.Optional.empty();
    }

    /** The committee shown: the user's own, else the one chosen in scope, else the scope's first. */
    public Division chosen(CurrentUser user, Long committeeId) {
        var own = own(user);
        if (own.isPresent()) {
            if (committeeId != null && committeeId != own.get().id()) {
                throw new NotFoundException("committee " + committeeId);
            }
            return own.get();
        }
        if (committeeId != null) {
            Division chosen = divisions.find(committeeId, user.scope()).orElseThrow(() -> new NotFoundException("committee " + committeeId));
            if (chosen.level() != Level.COMMITTEE) {
                throw new NotFoundException("committee " + committeeId);
            }
            return chosen;
        }
        return choices(user).stream().findFirst().orElseThrow(() -> new NotFoundException("committee"));
    }

    /** The committees the user may choose among (none when they have their own). */
    public List<Division> choices(CurrentUser user) {
        if (own(user).isPresent()) {
            return List.of();
        }
        return divisions.search("", user.scope(), List.of(Level.COMMITTEE), MAX);
    }

    /** Every committee of the user's scope (their own alone when they have one), for the circle. */
    public List<Division> inScope(CurrentUser user) {
        return own(user).map(List::of).orElseGet(() -> divisions.search("", user.scope(), List.of(Level.COMMITTEE), MAX));
    }

    /** Whether the user keeps this committee's catalogue: a community worker of it. */
    public static boolean keeps(CurrentUser user, Division committee) {
        return keeps(user, committee.path());
    }

    public static boolean keeps(CurrentUser user, String committeePath) {
        return user.role() == Role.COMMUNITY_WORKER && user.scope().covers(committeePath);
    }
}
