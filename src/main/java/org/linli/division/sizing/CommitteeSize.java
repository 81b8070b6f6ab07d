package org.linli.division.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.linli.division.Kind;

/** A committee's households and service floor area, measured against the rule of its region. */
public record CommitteeSize(long id, String code, String name, String path, Kind kind, int households,
                            BigDecimal serviceAreaM2, SizingRule rule) {

    /** Floor area per 100 households, or null when there are no households. */
    public BigDecimal areaPer100() {
        if (households == 0) {
            return null;
        }
        return serviceAreaM2.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(households), 1, RoundingMode.HALF_UP);
    }

    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        // The household range is the rule for residents' committees [001 三]; villages are sized otherwise.
        if (kind == Kind.RESIDENTS_COMMITTEE) {
            if (households > rule.splitOver()) {
                findings.add(new Finding(Finding.Verdict.SPLIT, "%,d 户，超过 %,d 户".formatted(households, rule.splitOver())));
            } else if (households > rule.householdsMax()) {
                findings.add(new Finding(Finding.Verdict.ABOVE_RANGE, "%,d 户，超出 %,d–%,d 户的常规规模".formatted(
                        households, rule.householdsMin(), rule.householdsMax())));
            } else if (households < rule.mergeUnder()) {
                findings.add(new Finding(Finding.Verdict.MERGE, "%,d 户，少于 %,d 户".formatted(households, rule.mergeUnder())));
            }
        }
        BigDecimal per100 = areaPer100();
        // Compare exactly (area × 100 against standard × households); the rounded figure is for display.
        if (per100 != null && serviceAreaM2.multiply(BigDecimal.valueOf(100))
                .compareTo(rule.areaPer100M2().multiply(BigDecimal.valueOf(households))) < 0) {
            findings.add(new Finding(Finding.Verdict.AREA_SHORT, "服务用房每百户 %s m²，低于 %s m²".formatted(
                    per100.toPlainString(), rule.areaPer100M2().stripTrailingZeros().toPlainString())));
        }
        if (rule.minAreaM2().signum() > 0 && serviceAreaM2.compareTo(rule.minAreaM2()) < 0) {
            findings.add(new Finding(Finding.Verdict.AREA_SHORT, "服务用房 %s m²，低于 %s m²".formatted(
                    serviceAreaM2.stripTrailingZeros().toPlainString(), rule.minAreaM2().stripTrailingZeros().toPlainString())));
        }
        return findings;
    }
}
