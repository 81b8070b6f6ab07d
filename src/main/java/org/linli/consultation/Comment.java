package org.linli.consultation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A resident's comment on a paragraph (or a passage of it) and, later, its answer. */
public record Comment(long id, long consultationId, int paragraph, String passage, String body, long authorAccountId,
                      String authorName, OffsetDateTime createdAt, Answer answer, String reason, String answeredBy,
                      OffsetDateTime answeredAt) {

    /** The author as other residents and the public see them: the surname, the rest starred (陈**). */
    public String maskedAuthor() {
        return mask(authorName);
    }

    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "居民";
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }

    public LocalDateTime localAnsweredAt() {
        return Times.local(answeredAt);
    }
}
