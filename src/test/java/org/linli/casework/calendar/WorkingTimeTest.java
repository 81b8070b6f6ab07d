package org.linli.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.shared.Times;

class WorkingTimeTest {

    /** 08:30–12:00 and 13:30–17:30; National Day 2026 and the Saturday worked after it; Spring Festival's extra Saturday. */
    private final WorkingTime calendar;

    WorkingTimeTest() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            days.put(d, false);
        }
        days.put(LocalDate.of(2026, 10, 10), true);
        days.put(LocalDate.of(2026, 2, 14), true);
        calendar = new WorkingTime(List.of(new WorkingTime.Period(LocalTime.of(13, 30), LocalTime.of(17, 30)),
                new WorkingTime.Period(LocalTime.of(8, 30), LocalTime.of(12, 0))), days, Times.zone());
    }

    private static OffsetDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(Times.zone()).toOffsetDateTime();
    }

    private OffsetDateTime due(String start, String limit) {
        return calendar.due(at(start), TimeLimit.parse(limit));
    }

    @Test
    void workingHoursSkipTheNightAndTheWeekend() {
        // Friday 16:30: one hour left that day, the second on Monday morning.
        assertThat(due("2026-11-20T16:30", "2wh")).isEqualTo(at("2026-11-23T09:30"));
        // Received in the evening: counting starts next morning.
        assertThat(due("2026-11-23T20:00", "1wh")).isEqualTo(at("2026-11-24T09:30"));
        // Received before work starts.
        assertThat(due("2026-11-23T07:00", "1wh")).isEqualTo(at("2026-11-23T09:30"));
        // Received on a Sunday.
        assertThat(due("2026-11-22T10:00", "2wh")).isEqualTo(at("2026-11-23T10:30"));
    }

    @Test
    void workingHoursSkipTheLunchBreak() {
        assertThat(due("2026-11-23T11:30", "1wh")).isEqualTo(at("2026-11-23T14:00"));
        assertThat(due("2026-11-23T12:15", "1wh")).isEqualTo(at("2026-11-23T14:30"));
        // A limit that ends exactly at the close of a period ends there, not after lunch.
        assertThat(due("2026-11-23T11:00", "1wh")).isEqualTo(at("2026-11-23T12:00"));
    }

    @Test
    void workingHoursSkipPublicHolidaysAndCountAdjustedWorkingWeekends() {
        // 30 September (Wednesday) 17:00: half an hour, then a week of National Day, then Thursday 8 October.
        assertThat(due("2026-09-30T17:00", "1wh")).isEqualTo(at("2026-10-08T09:00"));
        // Friday 9 October 17:00: Saturday 10 October is a working day.
        assertThat(due("2026-10-09T17:00", "1wh")).isEqualTo(at("2026-10-10T09:00"));
        // A whole working day and a half across a weekend: 7.5 hours a day.
        assertThat(due("2026-11-20T08:30", "15wh")).isEqualTo(at("2026-11-23T17:30"));
    }

    @Test
    void workingDaysCountFromTheNextDayAndEndAtCloseOfWork() {
        assertThat(due("2026-11-20T10:00", "3wd")).isEqualTo(at("2026-11-25T17:30"));
        assertThat(due("2026-11-21T10:00", "1wd")).isEqualTo(at("2026-11-23T17:30"));
        // Across National Day: 30 September + 2 working days = 8 and 9 October.
        assertThat(due("2026-09-30T09:00", "2wd")).isEqualTo(at("2026-10-09T17:30"));
        // Friday 13 February 2026: the next day is a Saturday worked for the Spring Festival.
        assertThat(due("2026-02-13T09:00", "1wd")).isEqualTo(at("2026-02-14T17:30"));
    }

    @Test
    void naturalHoursAndDaysIgnoreTheCalendar() {
        assertThat(due("2026-11-20T23:00", "2h")).isEqualTo(at("2026-11-21T01:00"));
        assertThat(due("2026-09-30T09:00", "7d")).isEqualTo(at("2026-10-07T09:00"));
    }

    @Test
    void dayKinds() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(calendar.isWorkingTime(at("2026-11-23T12:30"))).isFalse();
        assertThat(calendar.isWorkingTime(at("2026-11-23T13:30"))).isTrue();
    }

    @Test
    void limitsAreParsedWithAReasonInChinese() {
        assertThat(TimeLimit.parse("3wd")).isEqualTo(new TimeLimit(3, TimeLimit.Unit.WORKING_DAYS));
        assertThat(TimeLimit.parse(" 24h ").label()).isEqualTo("24 小时");
        assertThat(TimeLimit.parse("2wh").code()).isEqualTo("2wh");
        assertThatThrownBy(() -> TimeLimit.parse("3 days")).hasMessageContaining("应写作数字加单位");
        assertThatThrownBy(() -> TimeLimit.parse("0h")).hasMessageContaining("正数");
        assertThatThrownBy(() -> TimeLimit.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
