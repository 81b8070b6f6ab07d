package org.linli.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committees in a scope owe their boards: every ended period of an item without a
 * posting, and every resolution not yet posted, each overdue once its grace days have passed.
 */
@Service
public class Compliance {

    private final Disclosures disclosures;
    private final DisclosureStore store;
    private final Divisions divisions;
    private final Terms terms;

    Compliance(Disclosures disclosures, DisclosureStore store, Divisions divisions, Terms terms) {
        this.disclosures = disclosures;
        this.store = store;
        this.divisions = divisions;
        this.terms = terms;
    }

    /** Gaps per committee in scope as of {@code today}: periods first, then resolutions, each in date order. */
    @Transactional
    public List<Gap> gaps(DataScope scope, LocalDate today) {
        Map<Long, List<Resolution>> resolutions = store.unposted(scope.prefix()).stream()
                .collect(Collectors.groupingBy(Resolution::committeeId));
        List<Gap> gaps = new ArrayList<>();
        for (Division committee : divisions.search("", scope, List.of(Level.COMMITTEE), 5000)) {
            List<Item> items = disclosures.catalogue(committee);
            Set<String> posted = store.posted(committee.id());
            for (Item item : items) {
                for (Frequency.Period p : disclosures.periods(committee, item.kind(), item.since(), today)) {
                    if (!posted.contains(item.id() + "|" + p.label())) {
                        gaps.add(new Gap(committee, item, p, today.isAfter(p.due()), null));
                    }
                }
            }
            for (Resolution r : resolutions.getOrDefault(committee.id(), List.of())) {
                gaps.add(owed(committee, items, r, today));
            }
        }
        return gaps;
    }

    /** A resolution is due within the major matters' grace days in force on the day it was passed. */
    private Gap owed(Division committee, List<Item> items, Resolution r, LocalDate today) {
        Item major = items.stream().filter(i -> i.kind() == Kind.MAJOR).findFirst().orElseThrow();
        Frequency.Period period = Frequency.AT_ONCE.periodOf(r.decidedOn(), terms.majorGraceDays(committee.path(), r.decidedOn()));
        return new Gap(committee, major, period, today.isAfter(period.due()), r);
    }
}
