package org.linli.services.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A street (or township) measured against the standards: its committees with a day-care centre,
 * its own party-mass service centre, the beds of the nursing homes in it, its childcare places per
 * 1,000 residents, and what it falls short of.
 */
public record StreetCheck(long id, String name, String path, int committees, int withDayCare, String dayCareRule,
                          BigDecimal centreM2, int centreRule, int beds, int nursingBeds, long residents, int childcarePlaces,
                          BigDecimal childcareRule, List<Shortfall> shortfalls) {

    /** Committees with a day-care centre, per cent with one decimal. */
    public double dayCareShare() {
        return committees == 0 ? 0 : Math.round(withDayCare * 1000.0 / committees) / 10.0;
    }

    /** Childcare places per 1,000 residents, one decimal; null without residents. */
    public BigDecimal childcarePerThousand() {
        return residents == 0 ? null
                : BigDecimal.valueOf(childcarePlaces * 1000L).divide(BigDecimal.valueOf(residents), 1, RoundingMode.HALF_UP);
    }

    public boolean meets() {
        return shortfalls.isEmpty();
    }
}
