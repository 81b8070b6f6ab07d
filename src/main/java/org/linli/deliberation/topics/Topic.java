package org.linli.deliberation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A topic as pages show it. */
public record Topic(long id, long committeeId, String divisionPath, String committeeName, String title, String body,
                    Source source, String proposer, Long proposerAccountId, TopicStatus status, String reviewNote,
                    String reviewedBy, OffsetDateTime reviewedAt, Long mergedInto, Long referredCaseId, Procedure procedure,
                    int stage, int version, OffsetDateTime createdAt) {

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }

    /** The stage now open, or null when none is (not admitted, or every stage done). */
    public Procedure.Stage openStage() {
        return procedure == null || stage >= procedure.stages().size() || status != TopicStatus.ADMITTED ? null
                : procedure.stages().get(stage);
    }
}
