package org.linli.services.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.division.Division;
import org.linli.division.sizing.CommitteeSize;
import org.linli.rules.Fraction;
import org.linli.services.internal.ServiceRules;

/**
 * Each standard at its boundary, compared exactly: areas in tenths of a square metre and shares as
 * integer fractions, so a place exactly at the rule meets it. Each check answers with the
 * shortfall's words and numbers, or nothing.
 */
final class Checks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Checks() {
    }

    /** The sizing rule's floor area per 100 households and minimum size, for a committee's service area. */
    static List<Shortfall> area(CommitteeSize c) {
        List<Shortfall> found = new ArrayList<>();
        BigDecimal per100 = c.rule().areaPer100M2();
        BigDecimal area = c.serviceAreaM2();
        if (c.households() > 0 && area.multiply(HUNDRED).compareTo(per100.multiply(BigDecimal.valueOf(c.households()))) < 0) {
            BigDecimal needed = per100.multiply(BigDecimal.valueOf(c.households())).divide(HUNDRED, 1, RoundingMode.UP);
            found.add(new Shortfall(c.path(), c.name(), Standard.AREA_PER_100, null,
                    "每百户不少于 %s（%,d 户应有 %s）".formatted(m2(per100), c.households(), m2(needed)),
                    "%s（每百户 %s）".formatted(m2(area), m2(c.areaPer100())),
                    "差 " + m2(needed.subtract(area)), c.rule().source()));
        }
        BigDecimal min = c.rule().minAreaM2();
        if (min.signum() > 0 && area.compareTo(min) < 0) {
            found.add(new Shortfall(c.path(), c.name(), Standard.MIN_AREA, null, "不少于 " + m2(min), m2(area),
                    "差 " + m2(min.subtract(area)), c.rule().source()));
        }
        return found;
    }

    /** A service centre gives at least the rule's share of its floor area to residents' services. */
    static Optional<Shortfall> residentSpace(StandardsStore.Sized centre, String placeName, Fraction rule) {
        String required = "不低于 " + rule.percent();
        if (centre.serviceAreaM2() == null) {
            return Optional.of(new Shortfall(centre.path(), placeName, Standard.RESIDENT_SPACE, centre.name(), required,
                    "建筑面积 %s，未填写居民服务面积".formatted(m2(centre.floorAreaM2())), "待填写",
                    ServiceRules.RESIDENT_SPACE_SHARE.source()));
        }
        long floor = tenths(centre.floorAreaM2());
        long service = tenths(centre.serviceAreaM2());
        if (rule.reachedBy(service, floor)) {
            return Optional.empty();
        }
        long needed = ceil(floor * rule.numerator(), rule.denominator());
        return Optional.of(new Shortfall(centre.path(), placeName, Standard.RESIDENT_SPACE, centre.name(), required,
                "%s / %s = %s".formatted(m2(centre.serviceAreaM2()), m2(centre.floorAreaM2()), percent(service, floor)),
                "差 " + m2(BigDecimal.valueOf(needed - service, 1)), ServiceRules.RESIDENT_SPACE_SHARE.source()));
    }

    /** A nursing home keeps at least the rule's share of its beds as nursing-type beds. */
    static Optional<Shortfall> nursing(StandardsStore.Sized home, String placeName, Fraction rule) {
        String required = "不低于 " + rule.percent();
        String source = ServiceRules.NURSING_BED_SHARE.source();
        if (home.places() == null || home.places() == 0) {
            return Optional.of(new Shortfall(home.path(), placeName, Standard.NURSING_BEDS, home.name(), required, "未填写床位数",
                    "待填写", source));
        }
        int nursing = home.nursingPlaces() == null ? 0 : home.nursingPlaces();
        if (rule.reachedBy(nursing, home.places())) {
            return Optional.empty();
        }
        long needed = ceil((long) home.places() * rule.numerator(), rule.denominator());
        return Optional.of(new Shortfall(home.path(), placeName, Standard.NURSING_BEDS, home.name(), required,
                "床位 %d 张，护理型 %d 张（%s）".formatted(home.places(), nursing, percent(nursing, home.places())),
                "差 %d 张".formatted(needed - nursing), source));
    }

    /** The street's own party-mass service centre is at least the rule's size. */
    static Optional<Shortfall> streetCentre(Division street, BigDecimal area, int rule) {
        if (area.compareTo(BigDecimal.valueOf(rule)) >= 0) {
            return Optional.empty();
        }
        BigDecimal min = BigDecimal.valueOf(rule);
        return Optional.of(new Shortfall(street.path(), street.name(), Standard.STREET_CENTRE, null, "不少于 " + m2(min),
                area.signum() == 0 ? "未登记街道党群服务中心面积" : m2(area), "差 " + m2(min.subtract(area)),
                ServiceRules.STREET_CENTRE_M2.source()));
    }

    /** At least the rule's share of the street's committees have a day-care centre. */
    static Optional<Shortfall> dayCare(Division street, int with, int committees, Fraction rule) {
        if (committees == 0 || rule.reachedBy(with, committees)) {
            return Optional.empty();
        }
        long needed = ceil((long) committees * rule.numerator(), rule.denominator());
        return Optional.of(new Shortfall(street.path(), street.name(), Standard.DAY_CARE, null, "不低于 " + rule.percent(),
                "%d 个社区中 %d 个有日间照料机构或其服务覆盖（%s）".formatted(committees, with, percent(with, committees)),
                "还差 %d 个社区".formatted(needed - with), ServiceRules.DAY_CARE_COVERAGE.source()));
    }

    /** The street's childcare places reach the rule's number per 1,000 residents. */
    static Optional<Shortfall> childcare(Division street, int places, long residents, BigDecimal rule) {
        BigDecimal wanted = rule.multiply(BigDecimal.valueOf(residents));
        if (residents == 0 || BigDecimal.valueOf(places).multiply(THOUSAND).compareTo(wanted) >= 0) {
            return Optional.empty();
        }
        long needed = wanted.divide(THOUSAND, 0, RoundingMode.CEILING).longValueExact();
        BigDecimal per = BigDecimal.valueOf(places * 1000L).divide(BigDecimal.valueOf(residents), 1, RoundingMode.HALF_UP);
        return Optional.of(new Shortfall(street.path(), street.name(), Standard.CHILDCARE, null,
                "每千人不少于 %s 个（%,d 人应有 %,d 个）".formatted(rule.stripTrailingZeros().toPlainString(), residents, needed),
                "%,d 个，每千人 %s 个".formatted(places, per.toPlainString()), "差 %,d 个".formatted(needed - places),
                ServiceRules.CHILDCARE_PER_THOUSAND.source()));
    }

    static String m2(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString() + " m²";
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static long tenths(BigDecimal m2) {
        return m2.movePointRight(1).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private static long ceil(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
