package org.linli.services.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Kind;
import org.linli.division.Level;
import org.linli.division.sizing.CommitteeSize;
import org.linli.division.sizing.SizingRule;
import org.linli.rules.Fraction;
import org.linli.services.catalogue.FacilityKind;

/** Each facility standard exactly at its boundary (met) and one step short of it (a shortfall, with its numbers). */
class ChecksTest {

    private static final Division STREET = new Division(1, "150104001", "测试街道", Level.STREET, null, null, "150104/150104001/", 0, 0,
            null, null, null);
    private static final SizingRule RULE = new SizingRule(1, "150104/", "测试区", 1000, 3000, 4000, 1000, new BigDecimal("30"),
            new BigDecimal("300"), "[001] 九");

    @Test
    void serviceAreaPerHundredHouseholdsIsMetAtExactlyTheRule() {
        // 1,234 households at 30 m² per 100 ask for 370.2 m².
        assertThat(Checks.area(committee(1234, "370.2"))).isEmpty();
        List<Shortfall> short_ = Checks.area(committee(1234, "370.1"));
        assertThat(short_).singleElement().satisfies(s -> {
            assertThat(s.standard()).isEqualTo(Standard.AREA_PER_100);
            assertThat(s.required()).isEqualTo("每百户不少于 30 m²（1,234 户应有 370.2 m²）");
            assertThat(s.actual()).isEqualTo("370.1 m²（每百户 30 m²）");
            assertThat(s.gap()).isEqualTo("差 0.1 m²");
        });
    }

    @Test
    void theMinimumSizeHoldsForASmallCommittee() {
        assertThat(Checks.area(committee(500, "300"))).isEmpty();
        assertThat(Checks.area(committee(500, "299.9"))).singleElement().satisfies(s -> {
            assertThat(s.standard()).isEqualTo(Standard.MIN_AREA);
            assertThat(s.gap()).isEqualTo("差 0.1 m²");
        });
        assertThat(Checks.area(committee(0, "0"))).extracting(Shortfall::standard).containsExactly(Standard.MIN_AREA);
    }

    @Test
    void eightyPerCentOfACentreForResidentsIsEnough() {
        Fraction rule = new Fraction(4, 5);
        assertThat(Checks.residentSpace(centre("500", "400"), "社区", rule)).isEmpty();
        assertThat(Checks.residentSpace(centre("500", "399.9"), "社区", rule)).hasValueSatisfying(s -> {
            assertThat(s.required()).isEqualTo("不低于 80%");
            assertThat(s.actual()).isEqualTo("399.9 m² / 500 m² = 80.0%");
            assertThat(s.gap()).isEqualTo("差 0.1 m²");
        });
        assertThat(Checks.residentSpace(centre("500", null), "社区", rule)).hasValueSatisfying(s -> assertThat(s.gap()).isEqualTo("待填写"));
    }

    @Test
    void thirtyPerCentNursingBedsIsEnough() {
        Fraction rule = new Fraction(3, 10);
        assertThat(Checks.nursing(home(120, 36), "街道", rule)).isEmpty();
        assertThat(Checks.nursing(home(120, 35), "街道", rule)).hasValueSatisfying(s -> {
            assertThat(s.actual()).isEqualTo("床位 120 张，护理型 35 张（29.2%）");
            assertThat(s.gap()).isEqualTo("差 1 张");
        });
        assertThat(Checks.nursing(home(121, 37), "街道", rule)).isEmpty();
        assertThat(Checks.nursing(home(121, 36), "街道", rule)).hasValueSatisfying(s -> assertThat(s.gap()).isEqualTo("差 1 张"));
        assertThat(Checks.nursing(home(null, null), "街道", rule)).hasValueSatisfying(s -> assertThat(s.actual()).isEqualTo("未填写床位数"));
    }

    @Test
    void fourInFiveCommitteesWithDayCareIsEnough() {
        Fraction rule = new Fraction(4, 5);
        assertThat(Checks.dayCare(STREET, 4, 5, rule)).isEmpty();
        assertThat(Checks.dayCare(STREET, 3, 5, rule)).hasValueSatisfying(s -> {
            assertThat(s.actual()).isEqualTo("5 个社区中 3 个有日间照料机构或其服务覆盖（60.0%）");
            assertThat(s.gap()).isEqualTo("还差 1 个社区");
        });
        assertThat(Checks.dayCare(STREET, 8, 10, rule)).isEmpty();
        assertThat(Checks.dayCare(STREET, 7, 9, rule)).hasValueSatisfying(s -> assertThat(s.gap()).isEqualTo("还差 1 个社区"));
        assertThat(Checks.dayCare(STREET, 0, 0, rule)).isEmpty();
    }

    @Test
    void theStreetsCentreOfExactlyTheMinimumIsEnough() {
        assertThat(Checks.streetCentre(STREET, new BigDecimal("1000"), 1000)).isEmpty();
        assertThat(Checks.streetCentre(STREET, new BigDecimal("999.9"), 1000)).hasValueSatisfying(s ->
                assertThat(s.gap()).isEqualTo("差 0.1 m²"));
        assertThat(Checks.streetCentre(STREET, BigDecimal.ZERO, 1000)).hasValueSatisfying(s ->
                assertThat(s.actual()).isEqualTo("未登记街道党群服务中心面积"));
    }

    @Test
    void childcarePlacesPerThousandResidentsAreMetAtTheRule() {
        BigDecimal rule = new BigDecimal("4.5");
        // 10,000 residents ask for 45 places; 10,001 for 45.0045, so 46.
        assertThat(Checks.childcare(STREET, 45, 10_000, rule)).isEmpty();
        assertThat(Checks.childcare(STREET, 44, 10_000, rule)).hasValueSatisfying(s -> {
            assertThat(s.required()).isEqualTo("每千人不少于 4.5 个（10,000 人应有 45 个）");
            assertThat(s.actual()).isEqualTo("44 个，每千人 4.4 个");
            assertThat(s.gap()).isEqualTo("差 1 个");
        });
        assertThat(Checks.childcare(STREET, 45, 10_001, rule)).hasValueSatisfying(s -> assertThat(s.gap()).isEqualTo("差 1 个"));
        assertThat(Checks.childcare(STREET, 0, 0, rule)).isEmpty();
    }

    private static CommitteeSize committee(int households, String area) {
        return new CommitteeSize(2, "150104001002", "测试社区", "150104/150104001/150104001002/", Kind.RESIDENTS_COMMITTEE, households,
                new BigDecimal(area), RULE);
    }

    private static StandardsStore.Sized centre(String floor, String service) {
        return new StandardsStore.Sized("p/", FacilityKind.SERVICE_CENTRE, "服务中心", new BigDecimal(floor),
                service == null ? null : new BigDecimal(service), null, null);
    }

    private static StandardsStore.Sized home(Integer places, Integer nursing) {
        return new StandardsStore.Sized("p/", FacilityKind.NURSING_HOME, "敬老院", null, null, places, nursing);
    }
}
