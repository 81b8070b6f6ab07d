package org.linli.consultation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

import org.linli.shared.Times;

/**
 * A draft out for comment, with its comment counts as lists and pages show them: kept on the
 * draft's row as comments come and are answered, never counted per view.
 */
public record Consultation(long id, long divisionId, String divisionPath, String divisionName, String title,
                           OffsetDateTime deadline, String reportNote, OffsetDateTime reportPublishedAt, String reportPublishedBy,
                           String createdBy, OffsetDateTime createdAt, ConsultationStatus status, long comments,
                           long adopted, long partlyAdopted, long notAdopted) {

    /** The same draft with its division's name, which the division module gives. */
    Consultation named(String name) {
        return new Consultation(id, divisionId, divisionPath, name, title, deadline, reportNote, reportPublishedAt,
                reportPublishedBy, createdBy, createdAt, status, comments, adopted, partlyAdopted, notAdopted);
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

    public long answered() {
        return adopted + partlyAdopted + notAdopted;
    }

    public long unanswered() {
        return comments - answered();
    }

    /** How many comments got each answer. */
    public Map<Answer, Long> answerCounts() {
        Map<Answer, Long> counts = new EnumMap<>(Answer.class);
        counts.put(Answer.ADOPTED, adopted);
        counts.put(Answer.PARTLY_ADOPTED, partlyAdopted);
        counts.put(Answer.NOT_ADOPTED, notAdopted);
        return counts;
    }

    /** Whether anyone may read it without signing in: while open (the draft), and once its report is published. */
    public boolean isPublic() {
        return status != ConsultationStatus.AWAITING_ANSWERS;
    }
}
