package org.linli.conventions.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/**
 * One award or deduction in the log, with its rule's name, the entry that withdrew it (if any) and
 * the status of the latest contest of it (if any).
 */
public record PointsEntry(long id, String committeePath, String divisionPath, long householdId, Long residentId, long ruleId,
                          String ruleName, int points, BigDecimal quantity, LocalDate day, String reason, Long reverses,
                          Long reversedBy, String recordedBy, OffsetDateTime recordedAt, ContestStatus contestStatus) {

    public String signedPoints() {
        return (points > 0 ? "+" : "") + points;
    }

    public LocalDateTime localRecordedAt() {
        return Times.local(recordedAt);
    }

    /** Whether it may still be withdrawn or contested: not a withdrawal itself, not withdrawn already. */
    public boolean standing() {
        return reverses == null && reversedBy == null;
    }

    public boolean contestable() {
        return standing() && contestStatus != ContestStatus.OPEN;
    }
}
