package org.linli.casework;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A case as lists and pages show it. */
public record CaseView(long id, String number, long divisionId, String divisionPath, String categoryCode,
                       String categoryName, Channel channel, String hotlineNumber, String title, String description,
                       CaseStatus status, String createdBy, OffsetDateTime createdAt, OffsetDateTime acceptDue,
                       OffsetDateTime finishDue, OffsetDateTime closedAt) {

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }

    public LocalDateTime localFinishDue() {
        return Times.local(finishDue);
    }

    /** Past the limit that applies now: acceptance while reported, finishing while open. */
    public boolean overdue() {
        OffsetDateTime now = OffsetDateTime.now();
        if (status == CaseStatus.REPORTED) {
            return now.isAfter(acceptDue);
        }
        return closedAt == null && status != CaseStatus.REJECTED && now.isAfter(finishDue);
    }

    /** Within the last fifth of the time to finish, and not done. */
    public boolean nearDue() {
        if (closedAt != null || status == CaseStatus.REJECTED || overdue()) {
            return false;
        }
        long total = java.time.Duration.between(createdAt, finishDue).toMinutes();
        long left = java.time.Duration.between(OffsetDateTime.now(), finishDue).toMinutes();
        return left < total / 5;
    }
}
