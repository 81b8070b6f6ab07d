package org.linli.conventions.points;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A resident's contest of an entry of their household, and the worker's answer. */
public record Contest(long id, long entryId, long householdId, long accountId, String reason, ContestStatus status, String answer,
                      String decidedBy, OffsetDateTime decidedAt, OffsetDateTime createdAt, String ruleName, int points,
                      String entryReason, String divisionPath) {

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }
}
