package org.linli.gridwork.visits;

import java.time.LocalDate;

/**
 * How often a group is visited, counted on the calendar: a week is seven days, a month the same
 * day of the next month (the last day when that month is shorter: 31 January → 28 or 29
 * February), a quarter three months. {@link #NONE}: the tag alone makes no one due. Declared in
 * the order of their length, so the shortest of several is the least.
 */
public enum VisitFrequency {
    WEEKLY("每周"), FORTNIGHTLY("每两周"), MONTHLY("每月"), QUARTERLY("每季度"), HALF_YEARLY("每半年"), YEARLY("每年"),
    NONE("不走访");

    private final String word;

    VisitFrequency(String word) {
        this.word = word;
    }

    /** The word the rule book stores and pages show (每周, 每月, …). */
    public String word() {
        return word;
    }

    /** The next visit is due this many periods after {@code last}. */
    public LocalDate after(LocalDate last) {
        return switch (this) {
            case WEEKLY -> last.plusDays(7);
            case FORTNIGHTLY -> last.plusDays(14);
            case MONTHLY -> last.plusMonths(1);
            case QUARTERLY -> last.plusMonths(3);
            case HALF_YEARLY -> last.plusMonths(6);
            case YEARLY -> last.plusYears(1);
            case NONE -> throw new IllegalStateException("a tag without visits has no next one");
        };
    }

    public boolean visited() {
        return this != NONE;
    }

    /** A frequency from its word or name; anything else is refused with the reason in Chinese. */
    static VisitFrequency parse(String text) {
        for (VisitFrequency f : values()) {
            if (f.word.equals(text) || f.name().equals(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("走访频次应为 每周、每两周、每月、每季度、每半年、每年 或 不走访");
    }

    /** The frequency a word names; null for a word that names none (a row stored before the words changed). */
    static VisitFrequency ofWord(String word) {
        for (VisitFrequency f : values()) {
            if (f.word.equals(word)) {
                return f;
            }
        }
        return null;
    }
}
