package org.linli.disclosure;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a matter must be disclosed (村民委员会组织法 art. 30: general matters at least
 * quarterly, finances monthly where transactions are many, matters of major interest at once).
 * A period's posting is due within the grace days after the period ends.
 */
public enum Frequency {
    MONTHLY("每月"), QUARTERLY("每季度"), YEARLY("每年"), AT_ONCE("随时（事项发生后）");

    /** One period that needs a posting: its label (e.g. 2026年第3季度), its span and its deadline. */
    public record Period(String label, LocalDate starts, LocalDate ends, LocalDate due) {
    }

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The periods that have ended by {@code today} (or end today), from the one containing
     * {@code since}; each due {@code graceDays} after its last day. {@code AT_ONCE} matters have no
     * periods: their postings follow events.
     */
    public List<Period> periodsEnded(LocalDate since, LocalDate today, int graceDays) {
        List<Period> periods = new ArrayList<>();
        if (this == AT_ONCE) {
            return periods;
        }
        for (LocalDate start = startOf(since); ; start = next(start)) {
            LocalDate end = next(start).minusDays(1);
            if (end.isAfter(today)) {
                return periods;
            }
            periods.add(new Period(label(start), start, end, end.plusDays(graceDays)));
        }
    }

    /** The period containing {@code day}. */
    public Period periodOf(LocalDate day, int graceDays) {
        if (this == AT_ONCE) {
            return new Period(day.toString(), day, day, day.plusDays(graceDays));
        }
        LocalDate start = startOf(day);
        LocalDate end = next(start).minusDays(1);
        return new Period(label(start), start, end, end.plusDays(graceDays));
    }

    private LocalDate startOf(LocalDate day) {
        return switch (this) {
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEARLY -> LocalDate.of(day.getYear(), 1, 1);
            case AT_ONCE -> day;
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
            case YEARLY -> start.plusYears(1);
            case AT_ONCE -> start.plusDays(1);
        };
    }

    private String label(LocalDate start) {
        return switch (this) {
            case MONTHLY -> start.getYear() + "年" + start.getMonthValue() + "月";
            case QUARTERLY -> start.getYear() + "年第" + start.get(IsoFields.QUARTER_OF_YEAR) + "季度";
            case YEARLY -> start.getYear() + "年";
            case AT_ONCE -> start.toString();
        };
    }
}
