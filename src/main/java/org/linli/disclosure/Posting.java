package org.linli.disclosure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/**
 * A posting on a committee's board; {@code topicId} names the topic whose resolution or result it
 * discloses. A posting is one version: {@code CURRENT}, {@code CORRECTED} (replaced by a later
 * version, which says why) or {@code WITHDRAWN} (with why, when and by whom); {@code firstId} is
 * the first version's id (null on the first version itself).
 */
public record Posting(long id, long itemId, String itemName, String periodLabel, String title, String body,
                      OffsetDateTime publishedAt, LocalDate displayUntil, String publishedBy, Long topicId, String status,
                      int version, Long firstId, String correctionReason, OffsetDateTime supersededAt, String withdrawnReason,
                      OffsetDateTime withdrawnAt, String withdrawnBy) {

    public LocalDateTime localPublishedAt() {
        return Times.local(publishedAt);
    }

    public LocalDateTime localWithdrawnAt() {
        return withdrawnAt == null ? null : Times.local(withdrawnAt);
    }

    public LocalDateTime localSupersededAt() {
        return supersededAt == null ? null : Times.local(supersededAt);
    }

    /** The id all versions share: the first version's. */
    public long chain() {
        return firstId == null ? id : firstId;
    }

    public boolean current() {
        return "CURRENT".equals(status);
    }

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }

    /** A later version of a corrected posting. */
    public boolean corrected() {
        return version > 1;
    }

    public String statusLabel() {
        return switch (status) {
            case "WITHDRAWN" -> "已撤回";
            case "CORRECTED" -> "已被更正";
            default -> version > 1 ? "已更正（第 " + version + " 版）" : "公开中";
        };
    }
}
