package org.linli.conventions.points;

import java.time.LocalDate;

/** What a staff list of entries is narrowed to: a household, a rule, a period (each optional). */
public record EntryFilter(Long household, Long rule, LocalDate from, LocalDate to) {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public static EntryFilter none() {
        return new EntryFilter(null, null, null, null);
    }

    long householdOrZero() {
        return household == null ? 0 : household;
    }

    long ruleOrZero() {
        return rule == null ? 0 : rule;
    }

    LocalDate fromOrEarliest() {
        return from == null ? EARLIEST : from;
    }

    LocalDate toOrLatest() {
        return to == null ? LATEST : to;
    }
}
