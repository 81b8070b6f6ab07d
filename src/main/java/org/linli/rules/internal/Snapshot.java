package org.linli.rules.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every stored value at one moment, by rule and by rule and subject, in the order a lookup takes
 * them: the most specific region first, and within a region the latest date first.
 */
final class Snapshot {

    private static final Comparator<RuleRow> LOOKUP_ORDER = Comparator
            .comparingInt((RuleRow r) -> r.regionPath().length()).reversed()
            .thenComparing(RuleRow::effectiveFrom, Comparator.reverseOrder());

    private final Map<String, List<RuleRow>> byRule;
    private final Map<String, List<RuleRow>> bySubject;

    Snapshot(List<RuleRow> rows) {
        this.byRule = rows.stream().collect(Collectors.groupingBy(RuleRow::ruleKey, sorted()));
        this.bySubject = rows.stream().collect(Collectors.groupingBy(r -> key(r.ruleKey(), r.subject()), sorted()));
    }

    /** The rows of the subject that could be in force for the division at {@code path} on {@code on}, the one in force first. */
    Stream<RuleRow> candidates(String key, String subject, String path, LocalDate on) {
        return bySubject.getOrDefault(key(key, subject), List.of()).stream()
                .filter(r -> r.covers(path) && !r.effectiveFrom().isAfter(on));
    }

    List<RuleRow> rows(String key) {
        return byRule.getOrDefault(key, List.of());
    }

    private static String key(String rule, String subject) {
        return rule + '\u0000' + subject;
    }

    private static java.util.stream.Collector<RuleRow, ?, List<RuleRow>> sorted() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> list.stream().sorted(LOOKUP_ORDER).toList());
    }
}
