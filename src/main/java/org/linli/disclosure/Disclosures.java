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

    private record Default(String name, Kind kind, Frequency frequency, int graceDays, int displayDays) {
    }

    /** The law's defaults (村民委员会组织法 art. 30) and the micro-power list, for a new board. */
    private static final List<Default> DEFAULTS = List.of(
            new Default("居（村）务一般事项", Kind.GENERAL, Frequency.QUARTERLY, 10, 90),
            new Default("财务收支情况", Kind.FINANCE, Frequency.MONTHLY, 10, 30),
            new Default("低保、救助等民生保障事项", Kind.WELFARE, Frequency.QUARTERLY, 10, 90),
            new Default("重大事项与议事决议", Kind.MAJOR, Frequency.AT_ONCE, 5, 30),
            new Default("小微权力清单", Kind.MICRO_POWER, Frequency.YEARLY, 31, 366));

    private final DisclosureStore store;
    private final Divisions divisions;
    private final Clock clock;

    Disclosures(DisclosureStore store, Divisions divisions, Clock clock) {
        this.store = store;
        this.divisions = divisions;
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

    /** The committee's catalogue, created from the law's defaults the first time it is needed. */
    @Transactional
    public List<Item> catalogue(Division committee) {
        List<Item> items = store.items(committee.id());
        if (!items.isEmpty()) {
            return items;
        }
        LocalDate since = LocalDate.now(clock).withDayOfYear(1);
        for (Default d : DEFAULTS) {
            store.insertItem(committee, d.name(), d.kind(), d.frequency(), d.graceDays(), d.displayDays(), since);
        }
        return store.items(committee.id());
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
    public List<String> periodChoices(Item item, LocalDate today) {
        List<String> labels = new ArrayList<>();
        labels.add(item.frequency().periodOf(today, item.graceDays()).label());
        List<Frequency.Period> ended = item.frequency().periodsEnded(item.since(), today, item.graceDays());
        for (int i = ended.size() - 1; i >= 0; i--) {
            if (!labels.contains(ended.get(i).label())) {
                labels.add(ended.get(i).label());
            }
        }
        return labels;
    }

    public List<Posting> history(Division committee, int limit) {
        return store.history(committee.id(), limit);
    }

    /** The committee's resolutions not yet posted, which a posting of major matters may refer to. */
    public List<Resolution> unposted(Division committee) {
        return store.unposted(committee.id());
    }
}
