package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.linli.division.sizing.CommitteeSize;
import org.linli.division.sizing.Finding.Verdict;
import org.linli.division.sizing.SizingRule;

class SizingTest {

    private static final SizingRule DEFAULT = new SizingRule(1, "/", "全国", 1000, 3000, 4000, 1000,
            new BigDecimal("30"), BigDecimal.ZERO, "");
    private static final SizingRule SHANGHAI = new SizingRule(2, "/31/", "上海市", 1000, 3000, 4000, 1000,
            new BigDecimal("35"), new BigDecimal("300"), "");

    @Test
    void overFourThousandHouseholdsShouldSplit() {
        assertThat(verdicts(4001, 2000, DEFAULT)).containsExactly(Verdict.SPLIT);
    }

    @Test
    void underOneThousandHouseholdsShouldMerge() {
        assertThat(verdicts(999, 400, DEFAULT)).containsExactly(Verdict.MERGE);
    }

    @Test
    void betweenThreeAndFourThousandIsAboveTheUsualRange() {
        assertThat(verdicts(3500, 2000, DEFAULT)).containsExactly(Verdict.ABOVE_RANGE);
    }

    @Test
    void withinTheRangeAndEnoughAreaIsFine() {
        assertThat(verdicts(2000, 600, DEFAULT)).isEmpty();
        assertThat(verdicts(1000, 300, DEFAULT)).isEmpty();
        assertThat(verdicts(4000, 1200, DEFAULT)).containsExactly(Verdict.ABOVE_RANGE);
    }

    @Test
    void serviceAreaBelowThirtySquareMetresPerHundredHouseholdsIsShort() {
        CommitteeSize size = size(2000, "590", DEFAULT);
        assertThat(size.areaPer100()).isEqualByComparingTo("29.5");
        assertThat(size.findings()).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.AREA_SHORT);
            assertThat(f.reason()).isEqualTo("服务用房每百户 29.5 m²，低于 30 m²");
        });
    }

    @Test
    void shanghaiAsksThirtyFivePerHundredAndThreeHundredAtLeast() {
        assertThat(verdicts(1000, 320, SHANGHAI)).containsExactly(Verdict.AREA_SHORT);
        assertThat(size(800, "290", SHANGHAI).findings()).extracting(f -> f.verdict())
                .containsExactly(Verdict.MERGE, Verdict.AREA_SHORT);
        assertThat(verdicts(1000, 350, SHANGHAI)).isEmpty();
    }

    @Test
    void villagesAreNotHeldToTheResidentsCommitteeRange() {
        CommitteeSize village = new CommitteeSize(1, "150104100200", "某村", "/", Kind.VILLAGERS_COMMITTEE, 400,
                new BigDecimal("200"), DEFAULT);
        assertThat(village.findings()).isEmpty();
    }

    private static java.util.List<Verdict> verdicts(int households, int area, SizingRule rule) {
        return size(households, String.valueOf(area), rule).findings().stream().map(f -> f.verdict()).toList();
    }

    private static CommitteeSize size(int households, String area, SizingRule rule) {
        return new CommitteeSize(1, "150104001002", "某社区", "/", Kind.RESIDENTS_COMMITTEE, households,
                new BigDecimal(area), rule);
    }
}
