package org.linli.casework.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as categories write it: an amount and a unit — {@code 2h} hours, {@code 7d} days,
 * {@code 2wh} working hours, {@code 3wd} working days (ending when the last one closes).
 */
public record TimeLimit(int amount, Unit unit) {

    public enum Unit {
        HOURS("h", "小时"), DAYS("d", "天"), WORKING_HOURS("wh", "个工作小时"), WORKING_DAYS("wd", "个工作日");

        private final String code;
        private final String label;

        Unit(String code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})(wh|wd|h|d)");

    public TimeLimit {
        if (amount < 1 || unit == null) {
            throw new IllegalArgumentException("时限应为正数");
        }
    }

    /** Parses {@code 2h}, {@code 7d}, {@code 2wh}, {@code 3wd}; the reason in Chinese otherwise. */
    public static TimeLimit parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("时限“" + text + "”应写作数字加单位：h 小时、d 天、wh 工作小时、wd 工作日，如 2h、3wd");
        }
        int amount = Integer.parseInt(m.group(1));
        for (Unit u : Unit.values()) {
            if (u.code.equals(m.group(2))) {
                return new TimeLimit(amount, u);
            }
        }
        throw new IllegalStateException();
    }

    public String code() {
        return amount + unit.code;
    }

    public String label() {
        return amount + " " + unit.label;
    }

    @Override
    public String toString() {
        return code();
    }
}
