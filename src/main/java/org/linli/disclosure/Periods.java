package org.linli.disclosure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.linli.shared.Refusal;

/**
 * The period a posting covers, as typed: it must be a period that exists (a month 1–12, a quarter
 * 1–4, a real date), of the item's frequency in force when the period starts (monthly → 2026年3月,
 * quarterly → 2026年第1季度, yearly → 2026年, at once → the day, 2026-03-05), and already begun.
 * It is kept in the label the board and the compliance view use, so a posting fills its gap.
 */
final class Periods {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(份)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*年\\s*第?\\s*([0-9一二三四五六七八九])\\s*季度?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年(度)?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-年/.](\\d{1,2})[-月/.](\\d{1,2})日?");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /** The earliest year a posting may cover. */
    private static final int FIRST_YEAR = 1990;

    private Periods() {
    }

    /**
     * The canonical label of the typed period for an item whose frequency on a day is given, or a
     * refusal on the {@code period} field saying what is expected.
     */
    static String check(String typed, Item item, java.util.function.Function<LocalDate, Frequency> frequencyOn, LocalDate today) {
        String text = typed.strip();
        Frequency expected = item.frequency();
        LocalDate start;
        Frequency typedAs;
        try {
            Matcher m;
            if ((m = MONTH.matcher(text)).matches()) {
                typedAs = Frequency.MONTHLY;
                start = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), 1);
            } else if ((m = QUARTER.matcher(text)).matches()) {
                typedAs = Frequency.QUARTERLY;
                int quarter = digit(m.group(2));
                if (quarter < 1 || quarter > 4) {
                    throw new DateTimeException("quarter " + quarter);
                }
                start = LocalDate.of(year(m.group(1)), (quarter - 1) * 3 + 1, 1);
            } else if ((m = YEAR.matcher(text)).matches()) {
                typedAs = Frequency.YEARLY;
                start = LocalDate.of(year(m.group(1)), 1, 1);
            } else if ((m = DAY.matcher(text)).matches()) {
                typedAs = Frequency.AT_ONCE;
                start = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else {
                throw format(expected, today);
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw Refusal.ofField("period", "disclosure.period.not-exist", text);
        }
        Frequency inForce = frequencyOn.apply(start);
        if (typedAs != inForce) {
            throw format(inForce, today);
        }
        if (start.isAfter(today)) {
            throw Refusal.ofField("period", "disclosure.period.future", text);
        }
        return inForce.periodOf(start, 0).label();
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR) {
            throw new DateTimeException("year " + year);
        }
        return year;
    }

    private static int digit(String d) {
        int chinese = CHINESE_DIGITS.indexOf(d);
        return chinese >= 0 ? chinese : Integer.parseInt(d);
    }

    /** What the item's frequency expects, with this period as the example. */
    private static Refusal format(Frequency f, LocalDate today) {
        String key = switch (f) {
            case MONTHLY -> "disclosure.period.monthly";
            case QUARTERLY -> "disclosure.period.quarterly";
            case YEARLY -> "disclosure.period.yearly";
            case AT_ONCE -> "disclosure.period.at-once";
        };
        return Refusal.ofField("period", key, f.periodOf(today, 0).label());
    }
}
