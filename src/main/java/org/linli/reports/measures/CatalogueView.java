package org.linli.reports.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.measures.Measure;
import org.springframework.stereotype.Service;

/**
 * The catalogue page's reading: every measure grouped 人/事/单位, a page at a time, and for staff
 * who answer for committees a preview of one committee's values (counted on today, flows over the
 * month so far). A community worker sees their own committee; street and district staff choose one
 * of their scope (404 outside it); departments see the catalogue without values.
 */
@Service
public class CatalogueView {

    public static final int PAGE_SIZE = 50;
    public static final List<String> GROUPS = List.of("人", "事", "单位");

    private final MeasureCatalogue catalogue;
    private final Divisions divisions;
    private final Clock clock;

    CatalogueView(MeasureCatalogue catalogue, Divisions divisions, Clock clock) {
        this.catalogue = catalogue;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** One row: the measure and its preview value (null without a committee). */
    public record Row(Measure measure, Long value) {
    }

    public record View(List<Row> rows, Division committee, List<Division> choices, LocalDate from, LocalDate to,
                       int page, int pages, int total) {

        /** The page's rows of one group, in the catalogue's order. */
        public List<Row> of(String group) {
            return rows.stream().filter(r -> r.measure().group().equals(group)).toList();
        }
    }

    public View view(CurrentUser user, Long committeeId, int page) {
        List<Measure> all = catalogue.all().stream()
                .sorted(Comparator.comparingInt(m -> GROUPS.indexOf(m.group()) < 0 ? GROUPS.size() : GROUPS.indexOf(m.group())))
                .toList();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.min(Math.max(page, 0), pages - 1);
        List<Measure> shown = all.subList(at * PAGE_SIZE, Math.min(all.size(), (at + 1) * PAGE_SIZE));
        List<Division> choices = List.of();
        Division committee = null;
        if (user.role() == Role.COMMUNITY_WORKER) {
            committee = divisions.get(user.divisionId(), user.scope());
        } else if (user.role() == Role.STREET_STAFF || user.role() == Role.DISTRICT_ADMIN) {
            choices = divisions.search("", user.scope(), List.of(Level.COMMITTEE), 1_000);
            if (committeeId != null) {
                committee = divisions.get(committeeId, user.scope());
            } else if (!choices.isEmpty()) {
                committee = choices.getFirst();
            }
        }
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.withDayOfMonth(1);
        Map<String, Map<String, Long>> values = Map.of();
        if (committee != null) {
            Set<String> codes = shown.stream().map(Measure::code).collect(Collectors.toSet());
            values = catalogue.compute(codes, List.of(committee.path()), from, to);
        }
        String path = committee == null ? null : committee.path();
        Map<String, Map<String, Long>> computed = values;
        List<Row> rows = shown.stream().map(m -> new Row(m, path == null ? null
                : computed.getOrDefault(m.code(), Map.of()).getOrDefault(path, 0L))).toList();
        return new View(rows, committee, choices, from, to, at, pages, all.size());
    }
}
