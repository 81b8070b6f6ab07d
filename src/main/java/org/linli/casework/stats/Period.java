package org.linli.casework.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.linli.shared.Times;

/**
 * Cases created from {@code first} to {@code last}, both whole days in China's time zone; queries
 * use the half-open range [first 00:00, last + 1 day 00:00).
 */
public record Period(LocalDate first, LocalDate last, String preset) {

    /** Longer spans are refused: the figures are for comparing recent work, not archaeology. */
    static final int MAX_YEARS = 3;

    public OffsetDateTime from() {
        return first.atStartOfDay(Times.zone()).toOffsetDateTime();
    }

    public OffsetDateTime to() {
        return last.plusDays(1).atStartOfDay(Times.zone()).toOffsetDateTime();
    }

    public String label() {
        return first + " 至 " + last;
    }

    /** 本月, 本季度, 本年, 近 12 个月, each up to today. */
    public static Period preset(String name, LocalDate today) {
        return switch (name) {
            case "quarter" -> new Period(today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1), today, name);
            case "year" -> new Period(today.withDayOfYear(1), today, name);
            case "12m" -> new Period(today.minusYears(1).plusDays(1), today, name);
            default -> new Period(today.withDayOfMonth(1), today, "month");
        };
    }

    /**
     * The period a page asks for: a preset, or a custom one from its dates; when the custom one
     * cannot be used, the month so far instead and why (a message key and its values).
     */
    public record Choice(Period period, String problem, Object... args) {

        public boolean refused() {
            return problem != null;
        }
    }

    public static Choice choose(String preset, String from, String to, LocalDate today) {
        if (!"custom".equals(preset) && from.isBlank() && to.isBlank()) {
            return new Choice(preset(preset, today), null);
        }
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from.strip());
            last = LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return new Choice(preset("month", today), "casework.period.dates-required");
        }
        if (first.isAfter(last)) {
            return new Choice(preset("month", today), "casework.period.reversed");
        }
        if (last.isAfter(first.plusYears(MAX_YEARS))) {
            return new Choice(preset("month", today), "casework.period.too-long", String.valueOf(MAX_YEARS));
        }
        return new Choice(new Period(first, last, "custom"), null);
    }

    /** A custom period (valid dates, in order, at most {@link #MAX_YEARS} years). */
    public static Period parse(String from, String to) {
        Choice choice = choose("custom", from, to, LocalDate.EPOCH);
        if (choice.refused()) {
            throw new IllegalArgumentException(choice.problem());
        }
        return choice.period();
    }
}
