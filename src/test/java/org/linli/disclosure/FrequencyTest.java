package org.linli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FrequencyTest {

    @Test
    void quartersEndedSinceAPointEachDueAfterTheGraceDays() {
        var periods = Frequency.QUARTERLY.periodsEnded(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 11, 23), 10);
        assertThat(periods).extracting(Frequency.Period::label).containsExactly("2026年第1季度", "2026年第2季度", "2026年第3季度");
        assertThat(periods.get(2).ends()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(periods.get(2).due()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aPeriodEndingTodayCountsAndOneEndingTomorrowDoesNot() {
        assertThat(Frequency.MONTHLY.periodsEnded(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 5))
                .extracting(Frequency.Period::label).containsExactly("2026年10月");
        assertThat(Frequency.MONTHLY.periodsEnded(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 30), 5)).isEmpty();
    }

    @Test
    void monthsCrossTheYearAndFebruaryIsShort() {
        var periods = Frequency.MONTHLY.periodsEnded(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 1), 10);
        assertThat(periods).extracting(Frequency.Period::label).containsExactly("2025年12月", "2026年1月", "2026年2月");
        assertThat(periods.get(2).ends()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(periods.get(2).due()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void yearsAndEventDrivenMatters() {
        assertThat(Frequency.YEARLY.periodsEnded(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 11, 23), 31))
                .extracting(Frequency.Period::due).containsExactly(LocalDate.of(2025, 1, 31), LocalDate.of(2026, 1, 31));
        assertThat(Frequency.AT_ONCE.periodsEnded(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 11, 23), 5)).isEmpty();
        assertThat(Frequency.AT_ONCE.periodOf(LocalDate.of(2026, 11, 23), 5).due()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(Frequency.QUARTERLY.periodOf(LocalDate.of(2026, 11, 23), 10).label()).isEqualTo("2026年第4季度");
    }
}
