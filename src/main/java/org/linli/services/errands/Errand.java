package org.linli.services.errands;

import java.time.OffsetDateTime;

/** An errand as its pages show it; the resident's name comes from the registry beside it. */
public record Errand(long id, long committeeId, String committeePath, String divisionPath, long serviceId, String serviceTitle,
                     long residentId, long householdId, Long residentAccountId, String details, ErrandStatus status, String askedBy,
                     OffsetDateTime askedAt, OffsetDateTime dueAt, String takenBy, OffsetDateTime takenAt, OffsetDateTime finishedAt,
                     String result, Integer rating, String ratingComment, OffsetDateTime ratedAt, int version) {

    /** Still open after its limit: the limit is the end of its last day, so at that instant it is not yet late. */
    public boolean overdue(OffsetDateTime now) {
        return !status.finished() && now.isAfter(dueAt);
    }

    /** Finished after its limit. */
    public boolean finishedLate() {
        return status.finished() && finishedAt != null && finishedAt.isAfter(dueAt);
    }

    public String statusLabel() {
        return status.label();
    }

    public java.time.LocalDateTime localAskedAt() {
        return org.linli.shared.Times.local(askedAt);
    }

    public java.time.LocalDateTime localDueAt() {
        return org.linli.shared.Times.local(dueAt);
    }

    /** The last day of the limit (the limit is the end of it). */
    public java.time.LocalDate lastDay() {
        return localDueAt().minusNanos(1).toLocalDate();
    }

    public boolean rated() {
        return rating != null;
    }
}
