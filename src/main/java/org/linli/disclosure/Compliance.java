package org.linli.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * Read in a fixed number of queries whatever the number of committees (the committees, their
 * catalogues, their postings, the unposted resolutions), and never written: a committee that has
 * not opened its board yet is read with the catalogue it would start with.
 */
@Service
public class Compliance {

    /** How many committees the overview reads at most (a district has a few hundred). */
    private static final int COMMITTEES = 20_000;

    /** A street's (or a committee's) totals: its committees, what is due and what is overdue, and how many committees are late. */
    public record Tally(Division division, int committees, int due, int overdue, int committeesLate) {
    }

    /** One committee's row of a street's page: its totals and its gaps. */
    public record Row(Division committee, List<Gap> gaps) {

        public long overdue() {
            return gaps.stream().filter(Gap::overdue).count();
        }

        public long due() {
            return gaps.size() - overdue();
        }
    }

    /** A page of a street's committees, the late ones first. */
    public record Page(Tally street, List<Row> rows, int page, int pages) {
    }

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
    @Transactional(readOnly = true)
    public List<Gap> gaps(DataScope scope, LocalDate today) {
        return byCommittee(scope, today).values().stream().flatMap(r -> r.gaps().stream()).toList();
    }

    /** Totals per street in scope (a district's overview), in code order. */
    @Transactional(readOnly = true)
    public List<Tally> byStreet(DataScope scope, LocalDate today) {
        Map<Long, Row> rows = byCommittee(scope, today);
        Map<Long, List<Row>> byParent = rows.values().stream()
                .collect(Collectors.groupingBy(r -> r.committee().parentId() == null ? 0L : r.committee().parentId()));
        List<Tally> tallies = new ArrayList<>();
        for (Division street : divisions.search("", scope, List.of(Level.STREET), COMMITTEES)) {
            tallies.add(tally(street, byParent.getOrDefault(street.id(), List.of())));
        }
        return tallies;
    }

    /** One street's committees, the late ones first, a page at a time, with the street's totals. */
    @Transactional(readOnly = true)
    public Page street(Division street, LocalDate today, int page, int size) {
        List<Row> rows = new ArrayList<>(byCommittee(new DataScope(street.path()), today).values());
        rows.sort(Comparator.comparingLong(Row::overdue).reversed().thenComparing(Comparator.comparingLong(Row::due).reversed())
                .thenComparing(r -> r.committee().code()));
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int at = Math.min(Math.max(0, page), pages - 1);
        return new Page(tally(street, rows), rows.subList(at * size, Math.min(rows.size(), (at + 1) * size)), at, pages);
    }

    private static Tally tally(Division division, List<Row> rows) {
        int due = 0;
        int overdue = 0;
        int late = 0;
        for (Row r : rows) {
            overdue += (int) r.overdue();
            due += (int) r.due();
            late += r.overdue() > 0 ? 1 : 0;
        }
        return new Tally(division, rows.size(), due, overdue, late);
    }

    /** Every committee in scope with its gaps, in four queries. */
    private Map<Long, Row> byCommittee(DataScope scope, LocalDate today) {
        Map<Long, List<Resolution>> resolutions = store.unposted(scope.prefix()).stream()
                .collect(Collectors.groupingBy(Resolution::committeeId));
        Map<Long, List<Item.Entry>> catalogues = store.itemsUnder(scope.prefix()).stream()
                .collect(Collectors.groupingBy(Item.Entry::committeeId));
        Set<String> posted = store.postedUnder(scope.prefix());
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Division committee : divisions.search("", scope, List.of(Level.COMMITTEE), COMMITTEES)) {
            List<Item.Entry> entries = catalogues.getOrDefault(committee.id(), disclosures.defaults(committee, today));
            List<Item> items = entries.stream().map(e -> terms.item(e, committee.path(), today)).toList();
            List<Gap> gaps = new ArrayList<>();
            for (Item item : items) {
                List<Frequency.Period> owed = disclosures.periods(committee, item.kind(), item.since(), today);
                for (Frequency.Period p : owed) {
                    if (!posted.contains(item.id() + "|" + p.label())) {
                        gaps.add(new Gap(committee, item, p, today.isAfter(p.due()), null));
                    }
                }
            }
            for (Resolution r : resolutions.getOrDefault(committee.id(), List.of())) {
                gaps.add(owed(committee, items, r, today));
            }
            rows.put(committee.id(), new Row(committee, gaps));
        }
        return rows;
    }

    /** A resolution is due within the major matters' grace days in force on the day it was passed. */
    private Gap owed(Division committee, List<Item> items, Resolution r, LocalDate today) {
        Item major = items.stream().filter(i -> i.kind() == Kind.MAJOR).findFirst().orElseThrow();
        Frequency.Period period = Frequency.AT_ONCE.periodOf(r.decidedOn(), terms.majorGraceDays(committee.path(), r.decidedOn()));
        return new Gap(committee, major, period, today.isAfter(period.due()), r);
    }
}
