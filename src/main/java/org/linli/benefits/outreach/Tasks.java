package org.linli.benefits.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Masks;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Eligible minus enrolled, and the same rows as outreach tasks: the open matches of the user's
 * scope, filtered and paged in SQL, each with the resident read through the registry's face for
 * the page's rows only (one query), the name masked as the registry masks it.
 */
@Service
public class Tasks {

    /** Most rows one export may hold. */
    public static final int EXPORT_LIMIT = 50_000;

    private static final int EXPORT_CHUNK = 500;

    private final OutreachStore store;
    private final CommitteeResidents residents;
    private final Divisions divisions;
    private final Clock clock;

    Tasks(OutreachStore store, CommitteeResidents residents, Divisions divisions, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.divisions = divisions;
        this.clock = clock;
    }

    public record Page(List<Task> rows, long total) {
    }

    /** One task with what was recorded on it, newest first. */
    public record Detail(Task task, List<OutreachEntry> history) {
    }

    public Page page(CurrentUser user, EligibleFilter filter, int page, int size) {
        OutreachStore.Criteria criteria = criteria(user.scope(), filter);
        List<Match> matches = store.page(user.scope(), criteria, clock.getZone(), size, Math.max(0, page) * size);
        return new Page(withResidents(matches), store.count(user.scope(), criteria, clock.getZone()));
    }

    /** The filtered list in its page order, for export: the same columns as the page, at most {@value #EXPORT_LIMIT}. */
    public void export(CurrentUser user, EligibleFilter filter, Consumer<Task> row) {
        OutreachStore.Criteria criteria = criteria(user.scope(), filter);
        List<Match> chunk = new ArrayList<>(EXPORT_CHUNK);
        store.forEach(user.scope(), criteria, clock.getZone(), EXPORT_LIMIT, m -> {
            chunk.add(m);
            if (chunk.size() == EXPORT_CHUNK) {
                withResidents(chunk).forEach(row);
                chunk.clear();
            }
        });
        withResidents(chunk).forEach(row);
    }

    /** A task of the user's scope, open or closed; any other is not found. */
    public Detail get(long id, CurrentUser user) {
        Match match = store.find(id, user.scope(), false).orElseThrow(() -> new NotFoundException("benefit match " + id));
        return new Detail(withResidents(List.of(match)).getFirst(), store.history(id));
    }


    private OutreachStore.Criteria criteria(DataScope scope, EligibleFilter filter) {
        String placeCode = filter.placeCode();
        String placePath = null;
        if (placeCode != null) {
            Division place = divisions.findByCode(placeCode)
                    .filter(d -> scope.covers(d.path()) && (d.level() == Level.COMMITTEE || d.level() == Level.GRID))
                    .orElseThrow(() -> new NotFoundException("place " + placeCode));
            placePath = place.path();
        }
        return new OutreachStore.Criteria(filter.benefitId(), placePath, filter.outcomeCode(), filter.sinceDay());
    }

    private List<Task> withResidents(List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, ResidentView> byId = residents.find(matches.stream().map(Match::residentId).distinct().toList()).stream()
                .collect(Collectors.toMap(ResidentView::id, Function.identity()));
        return matches.stream().map(m -> {
            ResidentView r = byId.get(m.residentId());
            return r == null ? new Task(m, "", null, "")
                    : new Task(m, Masks.name(r.name()), r.age(today), r.address());
        }).toList();
    }
}
