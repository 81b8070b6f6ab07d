package org.linli.division.sizing;

import java.math.BigDecimal;

/** Per-region sizing parameters (domain.md §2); the most specific region covering a committee applies. */
public record SizingRule(long id, String regionPath, String regionName, int householdsMin, int householdsMax,
                         int splitOver, int mergeUnder, BigDecimal areaPer100M2, BigDecimal minAreaM2, String source) {
}
