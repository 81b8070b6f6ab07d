package org.linli.casework.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The working calendar: working periods of a day, and the days that differ from "Monday to Friday"
 * (public holidays on weekdays, adjusted working weekends). Computes when a time limit ends.
 */
public final class WorkingTime {

    /** One working period of a day, such as 08:30–12:00. */
    public record Period(LocalTime starts, LocalTime ends) {

        long minutes() {
            return ChronoUnit.MINUTES.between(starts, ends);
        }
    }

    // A limit never spans more than this many days, whatever the calendar says.
    private static final int HORIZON_DAYS = 3660;

    private final List<Period> periods;
    private final Map<LocalDate, Boolean> exceptions;
    private final ZoneId zone;

    public WorkingTime(List<Period> periods, Map<LocalDate, Boolean> exceptions, ZoneId zone) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("至少需要一个工作时段");
        }
        this.periods = periods.stream().sorted(Comparator.comparing(Period::starts)).toList();
        this.exceptions = Map.copyOf(exceptions);
        this.zone = zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public boolean isWorkingTime(OffsetDateTime at) {
        LocalDateTime local = at.atZoneSameInstant(zone).toLocalDateTime();
        return isWorkingDay(local.toLocalDate()) && periods.stream()
                .anyMatch(p -> !local.toLocalTime().isBefore(p.starts()) && local.toLocalTime().isBefore(p.ends()));
    }

    /** When a limit that starts at {@code start} ends. */
    public OffsetDateTime due(OffsetDateTime start, TimeLimit limit) {
        return switch (limit.unit()) {
            case HOURS -> start.plusHours(limit.amount());
            case DAYS -> start.plusDays(limit.amount());
            case WORKING_HOURS -> afterWorkingMinutes(start, limit.amount() * 60L);
            case WORKING_DAYS -> closeOfWorkingDay(start, limit.amount());
        };
    }

    /** Counts working minutes forward from {@code start}, skipping nights, weekends and holidays. */
    private OffsetDateTime afterWorkingMinutes(OffsetDateTime start, long minutes) {
        LocalDateTime cursor = start.atZoneSameInstant(zone).toLocalDateTime();
        long left = minutes;
        LocalDate day = cursor.toLocalDate();
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period p : periods) {
                LocalTime from = p.starts();
                if (day.equals(cursor.toLocalDate()) && cursor.toLocalTime().isAfter(from)) {
                    from = cursor.toLocalTime();
                }
                if (!from.isBefore(p.ends())) {
                    continue;
                }
                long available = ChronoUnit.MINUTES.between(from, p.ends());
                if (left <= available) {
                    return day.atTime(from.plusMinutes(left)).atZone(zone).toOffsetDateTime();
                }
                left -= available;
            }
        }
        throw new IllegalStateException("working calendar has no working time ahead");
    }

    /** "Within n working days": counted from the day after receipt, ending when the n-th closes. */
    private OffsetDateTime closeOfWorkingDay(OffsetDateTime start, int days) {
        LocalDate day = start.atZoneSameInstant(zone).toLocalDate();
        int counted = 0;
        for (int i = 0; i < HORIZON_DAYS && counted < days; i++) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        if (counted < days) {
            throw new IllegalStateException("working calendar has no working days ahead");
        }
        return day.atTime(periods.getLast().ends()).atZone(zone).toOffsetDateTime();
    }

    public List<Period> periods() {
        return periods;
    }
}
