package org.linli.gridwork.coverage;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A patrol as the grid's calendar lists it. */
public record MonthPatrol(long id, String workerName, OffsetDateTime startedAt, OffsetDateTime endedAt, Integer distanceM) {

    public LocalDateTime localStartedAt() {
        return Times.local(startedAt);
    }
}
