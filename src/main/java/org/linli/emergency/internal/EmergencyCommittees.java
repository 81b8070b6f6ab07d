package org.linli.emergency.internal;

import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Which committee an emergency page is about: a community worker's own; for street and district
 * staff the one they picked in their scope (404 outside it); for a grid worker their grid's
 * committee, though they see only their grid's part of it.
 */
@Component
public class EmergencyCommittees {

    private final Divisions divisions;

    EmergencyCommittees(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The committee, or null when street or district staff have not picked one yet. */
    public Division of(CurrentUser user, Long committeeId) {
        return switch (user.role()) {
            case COMMUNITY_WORKER -> committee(divisions.get(user.divisionId(), user.scope()));
            case STREET_STAFF, DISTRICT_ADMIN -> committeeId == null ? null : committee(divisions.get(committeeId, user.scope()));
            case GRID_WORKER -> divisions.lineage(divisions.get(user.divisionId(), user.scope())).stream()
                    .filter(d -> d.level() == Level.COMMITTEE).findFirst().orElseThrow(() -> new NotFoundException("committee"));
            default -> throw new NotFoundException("committee");
        };
    }

    /** The committee, which the page needs: 404 when none is picked. */
    public Division required(CurrentUser user, Long committeeId) {
        Division committee = of(user, committeeId);
        if (committee == null) {
            throw new NotFoundException("committee");
        }
        return committee;
    }

    /** The committees street and district staff may pick from. */
    public List<Division> pickable(CurrentUser user) {
        if (user.role() != Role.STREET_STAFF && user.role() != Role.DISTRICT_ADMIN) {
            return List.of();
        }
        return divisions.search("", user.scope(), List.of(Level.COMMITTEE), 500);
    }

    /** The committee a place belongs to (itself when it is one); empty above or outside a committee. */
    public java.util.Optional<Division> committeeOf(Division place) {
        return divisions.lineage(place).stream().filter(d -> d.level() == Level.COMMITTEE).findFirst();
    }

    /** Staff who keep a committee's plans, drills, reserves and network (grid workers only read their list). */
    public static boolean keeps(CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER || user.role() == Role.STREET_STAFF || user.role() == Role.DISTRICT_ADMIN;
    }

    private static Division committee(Division d) {
        if (d.level() != Level.COMMITTEE) {
            throw new NotFoundException("committee " + d.id());
        }
        return d;
    }
}
