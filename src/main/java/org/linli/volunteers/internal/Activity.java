package org.linli.volunteers.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** An activity as pages show it, with the places taken by sign-ups. */
public record Activity(long id, long committeeId, String committeePath, String title, String place, String description,
                       OffsetDateTime startsAt, OffsetDateTime endsAt, List<Skill> skills, int places, String code, String status,
                       String cancelReason, int signedUp) {

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public int placesLeft() {
        return Math.max(0, places - signedUp);
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean ended(OffsetDateTime now) {
        return !now.isBefore(endsAt);
    }

    public LocalDate day(ZoneId zone) {
        return startsAt.atZoneSameInstant(zone).toLocalDate();
    }

    public String skillLabels() {
        return Skill.labels(skills);
    }
}
