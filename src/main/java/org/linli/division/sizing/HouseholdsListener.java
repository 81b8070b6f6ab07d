package org.linli.division.sizing;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.division.HouseholdsCounted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps each committee's household count, as the registry reports it, for the sizing rules. */
@Component
class HouseholdsListener {

    private final SizingStore store;
    private final Clock clock;

    HouseholdsListener(SizingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HouseholdsCounted counted) {
        store.recordHouseholds(counted.committeePath(), counted.households(), counted.countedAt(), OffsetDateTime.now(clock));
    }
}
