package org.linli.consultation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Masks;
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
        return name == null || name.isBlank() ? "居民" : Masks.name(name);
    }

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }

    public LocalDateTime localAnsweredAt() {
        return Times.local(answeredAt);
    }
}
