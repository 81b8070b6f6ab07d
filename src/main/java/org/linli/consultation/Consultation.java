package org.linli.consultation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A draft out for comment, with its comment counts, as lists and pages show it. */
public record Consultation(long id, long divisionId, String divisionPath, String divisionName, String title,
                           OffsetDateTime deadline, String reportNote, OffsetDateTime reportPublishedAt, String reportPublishedBy,
                           String createdBy, OffsetDateTime createdAt, ConsultationStatus status, long comments, long answered) {

    /** The same draft with its division's name, which the division module gives. */
    Consultation named(String name) {
        return new Consultation(id, divisionId, divisionPath, name, title, deadline, reportNote, reportPublishedAt,
                reportPublishedBy, createdBy, createdAt, status, comments, answered);
    }

    public LocalDateTime localDeadline() {
        return Times.local(deadline);
    }

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }

    public LocalDateTime localReportPublishedAt() {
        return Times.local(reportPublishedAt);
    }

    public long unanswered() {
        return comments - answered;
    }
}
