package org.linli.division.sizing;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.division.HouseholdsCounted;
import org.linli.division.ServiceAreaMeasured;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each committee's profile for the sizing rules: its household count as the registry reports
 * it, and its service floor area as its registered service centres add up.
 */
@Component
class ProfileListener {

    private final SizingStore store;
    private final Clock clock;

    ProfileListener(SizingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HouseholdsCounted counted) {
        store.recordHouseholds(counted.committeePath(), counted.households(), counted.countedAt(), OffsetDateTime.now(clock));
    }

    @ApplicationModuleListener
    void on(ServiceAreaMeasured measured) {
        store.recordServiceArea(measured.committeePath(), measured.areaM2(), measured.measuredAt(), OffsetDateTime.now(clock));
    }
}
