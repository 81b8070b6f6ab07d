package org.linli.gridwork.coverage;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month as coverage judges it on a day: its days before that day are judged for patrols (the day
 * itself is still under way); its building share is judged once the month is over; overdue visits
 * are counted on the judging day, or on the month's last day for a month that is over.
 */
record CoverageMonth(YearMonth month, LocalDate today) {

    LocalDate first() {
        return month.atDay(1);
    }

    LocalDate last() {
        return month.atEndOfMonth();
    }

    /** How many of the month's days are over. */
    int daysJudged() {
        if (!today.isAfter(first())) {
            return 0;
        }
        return today.isAfter(last()) ? month.lengthOfMonth() : today.getDayOfMonth() - 1;
    }

    boolean over() {
        return today.isAfter(last());
    }

    LocalDate overdueDay() {
        return over() ? last() : today.isBefore(first()) ? first() : today;
    }

    /** A month as typed ("2026-11"); the current month for nothing or anything else. */
    static YearMonth parse(String text, LocalDate today) {
        if (text != null && text.matches("\\d{4}-\\d{2}")) {
            try {
                YearMonth m = YearMonth.parse(text);
                if (m.getYear() >= 2000 && m.getYear() <= 2100) {
                    return m;
                }
            } catch (java.time.DateTimeException e) {
                // falls through to the current month
            }
        }
        return YearMonth.from(today);
    }
}
