package org.linli.conventions.points;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Whose committee a signed-in person acts for. Conventions, points rules and lists are a
 * committee's own: its community workers set and record them; street staff and the district read
 * their scope; a grid worker reads their grid.
 */
@Component
public class CommitteeOf {

    private final Divisions divisions;

    CommitteeOf(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The user's committee (their own division, or the one above their grid); 404 above committees. */
    public Division of(CurrentUser user) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow(() -> new NotFoundException("division"));
        if (node.level() == Level.COMMITTEE) {
            return node;
        }
        return divisions.lineage(node).stream().filter(d -> d.level() == Level.COMMITTEE).findFirst()
                .orElseThrow(() -> new NotFoundException("committee of " + user.username()));
    }

    /** The committee of a community worker, who alone records for it; others are refused. */
    public Division recorder(CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("conventions.committee-only");
        }
        return of(user);
    }

    public static boolean records(CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER;
    }

    /** Staff read within their scope; residents use their own pages. */
    public static void staff(CurrentUser user) {
        if (user.role() == Role.RESIDENT) {
            throw new NotFoundException("staff page");
        }
    }

    public Division byPath(String committeePath) {
        String trimmed = committeePath.substring(0, committeePath.length() - 1);
        return divisions.findByCode(trimmed.substring(trimmed.lastIndexOf('/') + 1))
                .orElseThrow(() -> new NotFoundException("committee " + committeePath));
    }
}
