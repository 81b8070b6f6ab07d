package org.linli.services.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A committee measured against the standards: its households (the sizing profile's), residents (the
 * registry's), service floor area against the sizing rule's area per 100 households and minimum
 * size, whether a day-care centre covers it (its own, or one of the street or a neighbour serving
 * it), its childcare places, and what it falls short of.
 */
public record CommitteeCheck(long id, String name, String path, int households, long residents, BigDecimal serviceAreaM2,
                             BigDecimal areaPer100, BigDecimal areaPer100Rule, BigDecimal minAreaRule, boolean dayCare,
                             boolean dayCareServed, int childcarePlaces, List<Shortfall> shortfalls) {

    /** The floor area the rules ask for: the larger of the per-100-households area and the minimum size. */
    public BigDecimal requiredM2() {
        BigDecimal byHouseholds = areaPer100Rule.multiply(BigDecimal.valueOf(households)).divide(BigDecimal.valueOf(100), 1,
                RoundingMode.UP);
        return byHouseholds.max(minAreaRule);
    }

    /** "有", "有（服务覆盖）" when a centre kept elsewhere serves it, or "无"; as the page and the export show it. */
    public String dayCareText() {
        return !dayCare ? "无" : dayCareServed ? "有（服务覆盖）" : "有";
    }

    public boolean meets() {
        return shortfalls.isEmpty();
    }
}
