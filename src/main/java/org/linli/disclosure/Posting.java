package org.linli.disclosure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A posting on a committee's board; {@code topicId} names the topic whose resolution or result it discloses. */
public record Posting(long id, long itemId, String itemName, String periodLabel, String title, String body,
                      OffsetDateTime publishedAt, LocalDate displayUntil, String publishedBy, Long topicId) {

    public LocalDateTime localPublishedAt() {
        return Times.local(publishedAt);
    }
}
