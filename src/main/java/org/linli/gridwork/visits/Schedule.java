package org.linli.gridwork.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.linli.registry.TaggedResidents.HeldTag;
import org.linli.registry.TaggedResidents.Tagged;

/**
 * When a resident is next due, from the tags held, each tag's frequency and the last visit. For
 * each tag: its first day when no visit has been made since it began (a tag gained today is due
 * today), else the last visit plus the tag's frequency; the resident is due at the earliest of
 * them, so several tags make them due at the shortest frequency. Computed twice: over every tag and
 * visit, and over the tags that are not sensitive with the visits not made because of one.
 */
record Schedule(List<String> plainTags, List<String> sensitiveTags, VisitFrequency frequency, VisitFrequency plainFrequency,
                LocalDate since, LocalDate lastVisit, LocalDate plainLast, LocalDate due, LocalDate plainDue) {

    /** A tag held with the frequency of its visits where the resident lives. */
    record Timed(HeldTag tag, VisitFrequency frequency) {
    }

    /** The schedule, or empty when none of the tags held is visited. */
    static Optional<Schedule> of(List<Timed> held, LocalDate lastVisit, LocalDate plainLast) {
        List<Timed> visited = held.stream().filter(t -> t.frequency().visited()).toList();
        if (visited.isEmpty()) {
            return Optional.empty();
        }
        Predicate<Timed> plain = t -> !t.tag().sensitive();
        List<Timed> plainTags = visited.stream().filter(plain).toList();
        LocalDate since = visited.stream().map(t -> t.tag().since()).min(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new Schedule(codes(plainTags), codes(visited.stream().filter(plain.negate()).toList()),
                shortest(visited), plainTags.isEmpty() ? null : shortest(plainTags), since, lastVisit, plainLast,
                due(visited, lastVisit), plainTags.isEmpty() ? null : due(plainTags, plainLast)));
    }

    /** The earliest of the tags' due dates after the last visit. */
    static LocalDate due(List<Timed> tags, LocalDate last) {
        return tags.stream().map(t -> last == null || last.isBefore(t.tag().since()) ? t.tag().since() : t.frequency().after(last))
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The tags a resident holds, each with its frequency for their place on the day. */
    static List<Timed> timed(Tagged resident, VisitRules rules, LocalDate day) {
        List<Timed> timed = new ArrayList<>();
        for (HeldTag tag : resident.tags()) {
            timed.add(new Timed(tag, rules.frequency(tag.code(), resident.divisionPath(), day)));
        }
        return timed;
    }

    private static VisitFrequency shortest(List<Timed> tags) {
        return tags.stream().map(Timed::frequency).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<String> codes(List<Timed> tags) {
        return tags.stream().map(t -> t.tag().code()).toList();
    }
}
