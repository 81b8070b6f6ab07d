package org.linli.gridwork.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Masks;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The lists of visits due: a grid worker's grid, a committee's or a street's area, overdue first
 * and then by due date, a page at a time, names masked; the groups shown are those the role may see.
 */
@Service
public class DueVisits {

    public static final int PAGE_SIZE = 20;

    /** How far ahead the list looks by default: a week, the shortest frequency. */
    public static final int DAYS_AHEAD = 7;

    /** The most rows an export writes. */
    public static final int EXPORT_LIMIT = 50_000;

    private final DueListStore store;
    private final CommitteeResidents residents;
    private final TagNames tagNames;
    private final Clock clock;

    DueVisits(DueListStore store, CommitteeResidents residents, TagNames tagNames, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.tagNames = tagNames;
        this.clock = clock;
    }

    /** Which visits: overdue only, due within the week (overdue included), or every resident to be visited. */
    public enum When {
        OVERDUE("已逾期"), DUE("本周到期及逾期"), ALL("全部走访对象");

        private final String label;

        When(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A filter as the page sends it: a place below the user's (its path, '' for all), a tag code ('' for any), which visits. */
    public record Filter(String path, String tag, When when, int page) {

        public Filter {
            path = path == null ? "" : path;
            tag = tag == null ? "" : tag;
            when = when == null ? When.DUE : when;
            page = Math.max(0, page);
        }
    }

    /** One resident due a visit, as the list shows them. */
    public record Row(long residentId, long householdId, String name, String address, List<String> tags, String frequency,
                      LocalDate due, LocalDate lastVisit, long daysOverdue) {

        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    public record Page(List<Row> rows, long total, long overdue, int page, int pages) {
    }

    public Page list(CurrentUser user, Filter filter) {
        Query q = query(user, filter);
        long[] counts = store.count(q.criteria(), q.today());
        List<Row> shown = rows(q, filter.page() * PAGE_SIZE, PAGE_SIZE);
        int pages = (int) Math.max(1, (counts[0] + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Page(shown, counts[0], counts[1], filter.page(), pages);
    }

    /** The whole list as filtered (up to {@link #EXPORT_LIMIT} rows), masked as the page shows it, in pages of 500. */
    public void export(CurrentUser user, Filter filter, Consumer<Row> each) {
        Query q = query(user, filter);
        for (int offset = 0; offset < EXPORT_LIMIT; offset += 500) {
            List<Row> chunk = rows(q, offset, 500);
            chunk.forEach(each);
            if (chunk.size() < 500) {
                return;
            }
        }
    }

    private record Query(DueListStore.Criteria criteria, Map<String, String> names, LocalDate today) {
    }

    private Query query(CurrentUser user, Filter filter) {
        if (!Visits.mayRead(user)) {
            throw new NotFoundException("visits");
        }
        LocalDate today = LocalDate.now(clock);
        boolean sensitive = user.role().maySeeSensitiveTags();
        String path = filter.path().isEmpty() ? user.scope().path() : filter.path();
        if (!user.scope().covers(path)) {
            throw new NotFoundException("place " + path);
        }
        Map<String, String> names = tagNames.visibleTo(sensitive);
        String tag = names.containsKey(filter.tag()) ? filter.tag() : "";
        LocalDate until = switch (filter.when()) {
            case OVERDUE -> today.minusDays(1);
            case DUE -> today.plusDays(DAYS_AHEAD);
            case ALL -> null;
        };
        return new Query(new DueListStore.Criteria(user.scope(), path, tag, until, sensitive), names, today);
    }

    private List<Row> rows(Query q, int offset, int limit) {
        List<DueListStore.Row> rows = store.page(q.criteria(), offset, limit);
        Map<Long, ResidentView> people = residents.find(rows.stream().map(DueListStore.Row::residentId).toList()).stream()
                .collect(Collectors.toMap(ResidentView::id, Function.identity()));
        return rows.stream().filter(r -> people.containsKey(r.residentId())).map(r -> {
            ResidentView p = people.get(r.residentId());
            return new Row(r.residentId(), r.householdId(), Masks.name(p.name()), p.address(),
                    r.tags().stream().map(c -> q.names().getOrDefault(c, c)).toList(), r.frequency(), r.due(), r.lastVisit(),
                    Math.max(0, ChronoUnit.DAYS.between(r.due(), q.today())));
        }).toList();
    }

    /** The scope a path names, for the places filter. */
    static DataScope scopeOf(String path) {
        return new DataScope(path);
    }
}
