package org.linli.emergency.mobilisation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/**
 * An emergency declared for a place (the committee, or a grid, estate or building below it) from its
 * start to its planned end, or until it was ended sooner. While it lasts, the network sees the
 * contacts of the mobilisation list below the place.
 */
public record Declaration(long id, String committeePath, long placeId, String placePath, String placeName, Kind kind,
                          OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime endedAt, String declaredBy,
                          String endedBy, long reached, long notReached) {

    public boolean active(OffsetDateTime now) {
        return endedAt == null && !startsAt.isAfter(now) && now.isBefore(endsAt);
    }

    /** Declared, not yet begun. */
    public boolean pending(OffsetDateTime now) {
        return endedAt == null && startsAt.isAfter(now);
    }

    public boolean covers(String residentPath) {
        return residentPath.startsWith(placePath);
    }

    public LocalDateTime localStartsAt() {
        return Times.local(startsAt);
    }

    public LocalDateTime localEndsAt() {
        return Times.local(endsAt);
    }

    public LocalDateTime localEndedAt() {
        return endedAt == null ? null : Times.local(endedAt);
    }
}
