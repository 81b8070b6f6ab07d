package org.linli.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each committee's disclosure catalogue, its board and its history. */
@Service
public class Disclosures {

    private record Default(String name, Kind kind) {
    }

    /**
     * The matters of the law (村民委员会组织法 art. 30) and the micro-power list, for a new board;
     * how often and how soon each is disclosed is the rule book's ({@link DisclosureRules}).
     */
    private static final List<Default> DEFAULTS = List.of(
            new Default("居（村）务一般事项", Kind.GENERAL),
            new Default("财务收支情况", Kind.FINANCE),
            new Default("低保、救助等民生保障事项", Kind.WELFARE),
            new Default("重大事项与议事决议", Kind.MAJOR),
            new Default("小微权力清单", Kind.MICRO_POWER));

    private final DisclosureStore store;
    private final Divisions divisions;
    private final Terms terms;
    private final Clock clock;

    Disclosures(DisclosureStore store, Divisions divisions, Terms terms, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.terms = terms;
        this.clock = clock;
    }

    /** A committee within the user's scope (404 otherwise). */
    public Division committee(String code, DataScope scope) {
        return divisions.findByCode(code).filter(d -> d.level() == Level.COMMITTEE && scope.covers(d.path()))
                .orElseThrow(() -> new NotFoundException("committee " + code));
    }

    /** Any committee, for the public board. */
    public Division publicCommittee(String code) {
        return committee(code, DataScope.COUNTRY);
    }

    /** The committee's catalogue as in force today, created from the law's matters the first time it is needed. */
    @Transactional
    public List<Item> catalogue(Division committee) {
        LocalDate today = LocalDate.now(clock);
        return entries(committee).stream().map(e -> terms.item(e, committee.path(), today)).toList();
    }

    /** The catalogue's entries as stored, without their terms. */
    @Transactional
    List<Item.Entry> entries(Division committee) {
        List<Item.Entry> entries = store.items(committee.id());
        if (!entries.isEmpty()) {
            return entries;
        }
        LocalDate since = LocalDate.now(clock).withDayOfYear(1);
        for (Default d : DEFAULTS) {
            store.insertItem(committee, d.name(), d.kind(), since);
        }
        return store.items(committee.id());
    }

    /**
     * The entries a committee's catalogue will start with when it is first opened, without storing
     * them: the overview reads a committee that never opened its board as if it had today, so that
     * viewing writes nothing. Their ids are negative (no posting can name them).
     */
    List<Item.Entry> defaults(Division committee, LocalDate today) {
        List<Item.Entry> entries = new ArrayList<>();
        for (int i = 0; i < DEFAULTS.size(); i++) {
            entries.add(new Item.Entry(-(i + 1), committee.id(), DEFAULTS.get(i).name(), DEFAULTS.get(i).kind(), today.withDayOfYear(1)));
        }
        return entries;
    }

    /** The catalogue's major-matters item, under which resolutions are posted at once. */
    Item majorMatters(Division committee) {
        return catalogue(committee).stream().filter(i -> i.kind() == Kind.MAJOR).findFirst()
                .orElseThrow(() -> new IllegalStateException("no major-matters item for " + committee.code()));
    }

    /** Postings on display today (the public board). */
    public List<Posting> onDisplay(Division committee, LocalDate today) {
        return store.onDisplay(committee.id(), today);
    }

    /** Period labels to offer when posting: the current period and ended ones, newest first. */
    public List<String> periodChoices(Division committee, Item item, LocalDate today) {
        List<String> labels = new ArrayList<>();
        labels.add(item.frequency().periodOf(today, item.graceDays()).label());
        List<Frequency.Period> ended = periods(committee, item.kind(), item.since(), today);
        for (int i = ended.size() - 1; i >= 0; i--) {
            if (!labels.contains(ended.get(i).label())) {
                labels.add(ended.get(i).label());
            }
        }
        return labels;
    }

    /** The ended periods of a kind of matter since a day, by the frequency and grace days in force over time. */
    List<Frequency.Period> periods(Division committee, Kind kind, LocalDate since, LocalDate today) {
        return Frequency.periodsEnded(since, today, day -> terms.frequency(kind, committee.path(), day),
                day -> terms.graceDays(kind, committee.path(), day));
    }

    public List<Posting> history(Division committee, int limit) {
        return store.history(committee.id(), limit);
    }

    /** The committee's resolutions not yet posted, which a posting of major matters may refer to. */
    public List<Resolution> unposted(Division committee) {
        return store.unposted(committee.id());
    }
}
