package org.linli.conventions.points;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A rule the committee set: so many points (+ or −) per occurrence or volunteer hour, for a household or a person. */
public record PointsRule(long id, String committeePath, String name, int points, Per per, AppliesTo appliesTo,
                         LocalDate activeFrom, LocalDate activeTo, String createdBy, OffsetDateTime createdAt) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }

    public String signedPoints() {
        return (points > 0 ? "+" : "") + points;
    }
}
