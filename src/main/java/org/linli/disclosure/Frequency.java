package org.linli.disclosure;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * How often a matter must be disclosed (村民委员会组织法 art. 30: general matters at least
 * quarterly, finances monthly where transactions are many, matters of major interest at once).
 * A period's posting is due within the grace days after the period ends. Which frequency and how
 * many grace days apply to a committee on a day is the rule book's ({@link DisclosureRules}).
 */
public enum Frequency {
    MONTHLY("每月", "每月"), QUARTERLY("每季度", "每季度"), YEARLY("每年", "每年"), AT_ONCE("随时（事项发生后）", "随时");

    /** One period that needs a posting: its label (e.g. 2026年第3季度), its span and its deadline. */
    public record Period(String label, LocalDate starts, LocalDate ends, LocalDate due) {
    }

    private final String label;
    private final String word;

    Frequency(String label, String word) {
        this.label = label;
        this.word = word;
    }

    public String label() {
        return label;
    }

    /** The word the rule book stores and shows for it (每月, 每季度, 每年, 随时). */
    public String word() {
        return word;
    }

    /** A frequency from its word, its label or its name; anything else is refused with the reason in Chinese. */
    static Frequency parse(String text) {
        for (Frequency f : values()) {
            if (f.word.equals(text) || f.label.equals(text) || f.name().equals(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("公开频次应为 每月、每季度、每年 或 随时");
    }

    /**
     * The periods that have ended by {@code today} (or end today), from the one containing
     * {@code since}; each due {@code graceDays} after its last day. {@code AT_ONCE} matters have no
     * periods: their postings follow events.
     */
    public List<Period> periodsEnded(LocalDate since, LocalDate today, int graceDays) {
        return periodsEnded(since, today, day -> this, day -> graceDays);
    }

    /**
     * The periods that have ended by {@code today}, from the one containing {@code since}, where
     * the frequency may change over time: each period is cut by the frequency in force on the day
     * after the previous one ends, and is due after the grace days in force on its last day. They
     * stop where the matter is to be disclosed at once.
     */
    public static List<Period> periodsEnded(LocalDate since, LocalDate today, Function<LocalDate, Frequency> frequencyOn,
                                            ToIntFunction<LocalDate> graceDaysOn) {
        List<Period> periods = new ArrayList<>();
        for (LocalDate day = since; ; ) {
            Frequency f = frequencyOn.apply(day);
            if (f == AT_ONCE) {
                return periods;
            }
            LocalDate start = f.startOf(day);
            LocalDate end = f.next(start).minusDays(1);
            if (end.isAfter(today)) {
                return periods;
            }
            periods.add(new Period(f.label(start), start, end, end.plusDays(graceDaysOn.applyAsInt(end))));
            day = end.plusDays(1);
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
