package org.linli.linkage.internal;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Whose lists a user reads and writes. The committee's own workers keep its lists, projects,
 * filings and fund; the street and the district read them (the street also decides filings);
 * anything outside the user's scope is not found.
 */
@Component
public class LinkageCommittees {

    private final Divisions divisions;

    LinkageCommittees(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The committee a community worker keeps the lists of (404 for anyone else). */
    public Division own(CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new NotFoundException("linkage lists are kept by the committee's workers");
        }
        Division d = divisions.get(user.divisionId(), user.scope());
        if (d.level() != Level.COMMITTEE) {
            throw new NotFoundException("account " + user.username() + " is not at a committee");
        }
        return d;
    }

    /** Whether the user keeps a committee's lists (shows the forms). */
    public static boolean keeps(CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER;
    }

    /** A committee by code, when the user's scope covers it (404 otherwise). */
    public Division visible(String code, CurrentUser user) {
        return divisions.findByCode(code == null ? "" : code.strip())
                .filter(d -> d.level() == Level.COMMITTEE && user.scope().covers(d.path()))
                .orElseThrow(() -> new NotFoundException("committee " + code));
    }

    /** A committee by code for everyone (the public fund page); 404 for anything else. */
    public Division publicCommittee(String code) {
        return divisions.findByCode(code == null ? "" : code.strip()).filter(d -> d.level() == Level.COMMITTEE)
                .orElseThrow(() -> new NotFoundException("committee " + code));
    }

    /** The path of the street above a committee (its parent's path). */
    public static String streetOf(String committeePath) {
        String trimmed = committeePath.substring(0, committeePath.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }
}
