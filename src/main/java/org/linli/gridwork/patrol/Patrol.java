package org.linli.gridwork.patrol;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** One patrol of a grid worker in their grid, running until {@code endedAt}. */
public record Patrol(long id, long gridId, String gridPath, long workerId, String workerName, OffsetDateTime startedAt,
              LocalDate startDay, OffsetDateTime endedAt, String endedHow, Integer distanceM, int points, boolean located) {

    public boolean running() {
        return endedAt == null;
    }

    /** Whole minutes from start to end (or to {@code now} while it runs). */
    public long minutes(OffsetDateTime now) {
        return Duration.between(startedAt, running() ? now : endedAt).toMinutes();
    }

    public LocalDateTime localStartedAt() {
        return Times.local(startedAt);
    }

    public LocalDateTime localEndedAt() {
        return endedAt == null ? null : Times.local(endedAt);
    }

    public boolean endedByLimit() {
        return "LIMIT".equals(endedHow);
    }
}
