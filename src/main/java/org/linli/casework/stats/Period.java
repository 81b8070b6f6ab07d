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

    /** A custom period from the form, or the Chinese reason it cannot be used. */
    public static Period parse(String from, String to) {
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from.strip());
            last = LocalDate.parse(to.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("请填写有效的开始和结束日期（年-月-日）");
        }
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("开始日期不能晚于结束日期");
        }
        if (last.isAfter(first.plusYears(MAX_YEARS))) {
            throw new IllegalArgumentException("统计区间不能超过 " + MAX_YEARS + " 年");
        }
        return new Period(first, last, "custom");
    }
}
