package org.linli.conventions.charter;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A committee's convention: 居民公约 of a residents' committee, 村规民约 of a villagers' one; the
 * consultation its draft went out in, the topic whose resolution adopts it, and its filing.
 */
public record Convention(long id, long committeeId, String committeePath, String kind, String title, String body,
                         ConventionStatus status, Long consultationId, Long topicId, LocalDate adoptedOn, LocalDate filedOn,
                         String filingNumber, String filedBy, String returnedReason, String createdBy, OffsetDateTime createdAt) {

    public static final String RESIDENTS = "RESIDENTS";
    public static final String VILLAGERS = "VILLAGERS";

    public String kindLabel() {
        return VILLAGERS.equals(kind) ? "村规民约" : "居民公约";
    }

    public java.util.List<String> paragraphs() {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
