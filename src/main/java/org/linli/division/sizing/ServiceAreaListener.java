package org.linli.division.sizing;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.division.ServiceAreaMeasured;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps each committee's service floor area, as its registered service centres add up, for the sizing rules. */
@Component
class ServiceAreaListener {

    private final SizingStore store;
    private final Clock clock;

    ServiceAreaListener(SizingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ServiceAreaMeasured measured) {
        store.recordServiceArea(measured.committeePath(), measured.areaM2(), measured.measuredAt(), OffsetDateTime.now(clock));
    }
}
