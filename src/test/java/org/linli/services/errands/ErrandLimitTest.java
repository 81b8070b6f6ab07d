package org.linli.services.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.casework.calendar.WorkingTime;

/** An errand's limit in working days on the calendar, not counting the day asked, ending at midnight. */
class ErrandLimitTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<WorkingTime.Period> DAY = List.of(new WorkingTime.Period(LocalTime.of(9, 0), LocalTime.of(17, 30)));
    private static final OffsetDateTime FRIDAY = OffsetDateTime.parse("2026-12-11T16:00:00+08:00");

    @Test
    void aWeekendIsSkipped() {
        WorkingTime weekdays = new WorkingTime(DAY, Map.of(), ZONE);
        assertThat(Errands.due(FRIDAY, 1, weekdays, ZONE)).isEqualTo(OffsetDateTime.parse("2026-12-15T00:00:00+08:00"));
        assertThat(Errands.due(FRIDAY, 5, weekdays, ZONE)).isEqualTo(OffsetDateTime.parse("2026-12-19T00:00:00+08:00"));
    }

    @Test
    void askedOnASaturdayNightTheCountStartsOnMonday() {
        WorkingTime weekdays = new WorkingTime(DAY, Map.of(), ZONE);
        OffsetDateTime saturday = OffsetDateTime.parse("2026-12-12T23:30:00+08:00");
        assertThat(Errands.due(saturday, 1, weekdays, ZONE)).isEqualTo(OffsetDateTime.parse("2026-12-15T00:00:00+08:00"));
        // the same instant in UTC is still Saturday afternoon: the zone decides the day
        assertThat(Errands.due(saturday.withOffsetSameInstant(java.time.ZoneOffset.UTC), 1, weekdays, ZONE))
                .isEqualTo(OffsetDateTime.parse("2026-12-15T00:00:00+08:00"));
    }

    @Test
    void aHolidayIsSkippedAndAnAdjustedWorkingSaturdayCounts() {
        WorkingTime calendar = new WorkingTime(DAY, Map.of(LocalDate.of(2026, 12, 14), false, LocalDate.of(2026, 12, 12), true), ZONE);
        // Saturday the 12th (worked), Monday the 14th (holiday) skipped, Tuesday the 15th: the end of the 15th
        assertThat(Errands.due(FRIDAY, 2, calendar, ZONE)).isEqualTo(OffsetDateTime.parse("2026-12-16T00:00:00+08:00"));
    }
}
