package org.linli.gridwork.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.registry.TaggedResidents.HeldTag;

/** Due dates on the calendar: months of different lengths, quarter ends, leap years, several tags. */
class ScheduleTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    @Test
    void aMonthIsTheSameDayOfTheNextMonthOrItsLastDay() {
        assertThat(VisitFrequency.MONTHLY.after(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(VisitFrequency.MONTHLY.after(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(VisitFrequency.MONTHLY.after(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(VisitFrequency.MONTHLY.after(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void aQuarterIsThreeMonthsAcrossQuarterEndsAndLeapDays() {
        assertThat(VisitFrequency.QUARTERLY.after(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(VisitFrequency.QUARTERLY.after(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(VisitFrequency.QUARTERLY.after(LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(VisitFrequency.QUARTERLY.after(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 5, 29));
        assertThat(VisitFrequency.WEEKLY.after(LocalDate.of(2028, 2, 26))).isEqualTo(LocalDate.of(2028, 3, 4));
    }

    @Test
    void neverVisitedIsDueTheDayTheGroupWasEntered() {
        Schedule s = Schedule.of(List.of(tag("LIVING_ALONE", LocalDate.of(2026, 5, 6), VisitFrequency.WEEKLY)), null, null).orElseThrow();
        assertThat(s.due()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(s.since()).isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Test
    void theShortestFrequencyWins() {
        Schedule s = Schedule.of(List.of(tag("VETERAN", LONG_AGO, VisitFrequency.QUARTERLY),
                tag("DISABLED", LONG_AGO, VisitFrequency.MONTHLY), tag("LIVING_ALONE", LONG_AGO, VisitFrequency.WEEKLY)),
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 31)).orElseThrow();
        assertThat(s.frequency()).isEqualTo(VisitFrequency.WEEKLY);
        assertThat(s.due()).isEqualTo(LocalDate.of(2027, 2, 7));
    }

    @Test
    void aTagGainedAfterTheLastVisitIsDueAtOnce() {
        LocalDate gained = LocalDate.of(2027, 2, 10);
        Schedule s = Schedule.of(List.of(tag("VETERAN", LONG_AGO, VisitFrequency.QUARTERLY),
                tag("SUBSISTENCE", gained, VisitFrequency.MONTHLY)), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1)).orElseThrow();
        assertThat(s.due()).isEqualTo(gained);
    }

    @Test
    void aSensitiveTagIsKeptOffThePlainTrack() {
        LocalDate last = LocalDate.of(2027, 3, 1);
        Schedule s = Schedule.of(List.of(sensitive("COMMUNITY_CORRECTION", VisitFrequency.WEEKLY),
                tag("VETERAN", LONG_AGO, VisitFrequency.QUARTERLY)), last, last).orElseThrow();
        assertThat(s.due()).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(s.plainDue()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(s.plainTags()).containsExactly("VETERAN");
        assertThat(s.sensitiveTags()).containsExactly("COMMUNITY_CORRECTION");

        Schedule only = Schedule.of(List.of(sensitive("COMMUNITY_CORRECTION", VisitFrequency.QUARTERLY)), null, null).orElseThrow();
        assertThat(only.plainDue()).isNull();
        assertThat(only.plainFrequency()).isNull();
    }

    @Test
    void tagsWithoutVisitsMakeNoOneDue() {
        assertThat(Schedule.of(List.of(tag("AGED_60", LONG_AGO, VisitFrequency.NONE)), null, null)).isEmpty();
    }

    private static Schedule.Timed tag(String code, LocalDate since, VisitFrequency f) {
        return new Schedule.Timed(new HeldTag(code, code, false, since), f);
    }

    private static Schedule.Timed sensitive(String code, VisitFrequency f) {
        return new Schedule.Timed(new HeldTag(code, code, true, LONG_AGO), f);
    }
}
