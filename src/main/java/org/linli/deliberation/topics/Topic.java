package org.linli.deliberation.topics;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/**
 * A topic as pages show it. A referred topic carries the case the case loop opened for it once
 * its answer arrived ({@code referredCaseId}, {@code referredCaseNumber}) and when that case closed.
 */
public record Topic(long id, long committeeId, String divisionPath, String committeeName, String title, String body,
                    Source source, String proposer, Long proposerAccountId, TopicStatus status, String reviewNote,
                    String reviewedBy, OffsetDateTime reviewedAt, Long mergedInto, Long referredCaseId,
                    String referredCaseNumber, OffsetDateTime referredCaseClosedAt, Procedure procedure, int stage,
                    int version, OffsetDateTime createdAt) {

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }

    /** The stage now open, or null when none is (not admitted, or every stage done). */
    public Procedure.Stage openStage() {
        return procedure == null || stage >= procedure.stages().size() || status != TopicStatus.ADMITTED ? null
                : procedure.stages().get(stage);
    }

    /** Whether the open stage waits for a meeting's resolution. */
    public boolean atResolution() {
        return openStage() != null && openStage().requirement() == Procedure.Requirement.RESOLUTION;
    }

    /** The same topic with its committee's name, which the division module keeps. */
    Topic named(String name) {
        return new Topic(id, committeeId, divisionPath, name, title, body, source, proposer, proposerAccountId, status,
                reviewNote, reviewedBy, reviewedAt, mergedInto, referredCaseId, referredCaseNumber, referredCaseClosedAt,
                procedure, stage, version, createdAt);
    }
}
