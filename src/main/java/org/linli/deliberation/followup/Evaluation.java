package org.linli.deliberation.followup;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A representative's evaluation of a completed topic: online under their own account, or recorded on their behalf. */
public record Evaluation(long id, String representative, Long accountId, Rating rating, String comment, String recordedBy,
                         OffsetDateTime createdAt) {

    public boolean online() {
        return accountId != null;
    }

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }
}
