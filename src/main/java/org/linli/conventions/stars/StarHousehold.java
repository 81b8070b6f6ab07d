package org.linli.conventions.stars;

import java.time.OffsetDateTime;

/** A household the committee confirmed as a star civilised household (星级文明户) of a year. */
public record StarHousehold(String committeePath, int year, long householdId, int stars, long points, String confirmedBy,
                            OffsetDateTime confirmedAt) {

    public String starMarks() {
        return "★".repeat(stars);
    }
}
