package org.linli.rules.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every stored value at one moment, by rule, in the order a lookup takes them: the most specific
 * region first, and within a region the latest date first.
 */
final class Snapshot {

    private static final Comparator<RuleRow> LOOKUP_ORDER = Comparator
            .comparingInt((RuleRow r) -> r.regionPath().length()).reversed()
            .thenComparing(RuleRow::effectiveFrom, Comparator.reverseOrder());

    private final Map<String, List<RuleRow>> byRule;

    Snapshot(List<RuleRow> rows) {
        this.byRule = rows.stream().collect(Collectors.groupingBy(RuleRow::ruleKey,
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream().sorted(LOOKUP_ORDER).toList())));
    }

    /** The row of the subject in force for the division at {@code path} on {@code on}, if any. */
    Optional<RuleRow> find(String key, String subject, String path, LocalDate on) {
        return rows(key).stream()
                .filter(r -> r.subject().equals(subject) && r.covers(path) && !r.effectiveFrom().isAfter(on))
                .findFirst();
    }

    List<RuleRow> rows(String key) {
        return byRule.getOrDefault(key, List.of());
    }
}
