package org.linli.registry.internal;

import java.time.Clock;

import org.linli.division.HouseholdsCounted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Counts each committee's open households and tells the division module, whose sizing rules
 * measure committees by them ({@link HouseholdsCounted}). Runs in the caller's transaction, so
 * the count is published only if the change that moved it commits.
 */
@Component
public class HouseholdCounts {

    private static final String COMMITTEE_PATH = "^(/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/).*$";

    private final HouseholdStore households;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdCounts(HouseholdStore households, ApplicationEventPublisher events, Clock clock) {
        this.households = households;
        this.events = events;
        this.clock = clock;
    }

    /** The committee a path lies in: its first five segments (province, city, county, street, committee). */
    public static String committeeOf(String divisionPath) {
        return divisionPath.replaceFirst(COMMITTEE_PATH, "$1");
    }

    /** After a change to one committee's households. */
    public void recount(String committeePath) {
        events.publishEvent(new HouseholdsCounted(committeePath, households.openIn(committeePath), clock.instant()));
    }

    /** After a bulk load or an import: every committee with households. */
    public void recountAll() {
        households.openByCommittee((committee, n) -> events.publishEvent(new HouseholdsCounted(committee, n, clock.instant())));
    }
}
