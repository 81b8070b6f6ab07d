package org.linli.gridwork.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.gridwork.internal.OverdueVisits;
import org.linli.gridwork.patrol.PatrolRules;
import org.linli.rules.Fraction;
import org.linli.rules.RuleBook;
import org.linli.shared.DataScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Coverage computed from the rollups: each grid of an area, for a month, against the rule book's
 * patrols a day and building share for the grid's region, and the visits overdue. A district of a
 * thousand grids costs five queries (grids, their buildings, the month's days, the month's
 * buildings, the names) and no scan of patrols.
 */
@Service
public class Coverage {

    /** Those below the rule first, then the furthest below. */
    static final Comparator<GridCoverage> BELOW_FIRST = Comparator.comparing((GridCoverage g) -> !g.below())
            .thenComparingInt(GridCoverage::daysPercent).thenComparingInt(GridCoverage::sharePercent)
            .thenComparing(GridCoverage::code);

    private final CoverageStore store;
    private final Divisions divisions;
    private final RuleBook rules;
    private final ObjectProvider<OverdueVisits> overdueVisits;
    private final Clock clock;

    Coverage(CoverageStore store, Divisions divisions, RuleBook rules, ObjectProvider<OverdueVisits> overdueVisits, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.rules = rules;
        this.overdueVisits = overdueVisits;
        this.clock = clock;
    }

    CoverageMonth judged(YearMonth month) {
        return new CoverageMonth(month, LocalDate.now(clock));
    }

    /** Every grid under the area (within the scope), below the rule first. */
    public List<GridCoverage> grids(Division area, YearMonth yearMonth) {
        CoverageMonth month = judged(yearMonth);
        DataScope scope = new DataScope(area.path());
        List<Division> grids = area.level() == Level.GRID ? List.of(area)
                : divisions.search("", scope, List.of(Level.GRID), 100_000);
        Map<Long, Integer> buildings = divisions.buildingsPerGrid(scope);
        Map<Long, int[]> daily = store.daily(scope, month.first(), month.last());
        Map<Long, Integer> visited = store.visited(scope, month.first());
        Map<Long, Integer> overdue = overdue(scope, month.overdueDay());
        Map<String, String> names = names(grids);
        Map<String, Integer> perDay = new HashMap<>();
        Map<String, Fraction> shares = new HashMap<>();
        return grids.stream().map(grid -> {
            String region = parent(grid.path());
            int[] days = daily.getOrDefault(grid.id(), new int[month.last().getDayOfMonth()]);
            int met = 0;
            int patrols = 0;
            int rule = 0;
            for (int d = 0; d < days.length; d++) {
                patrols += days[d];
                if (d < month.daysJudged()) {
                    LocalDate day = month.first().plusDays(d);
                    rule = perDay.computeIfAbsent(region + day, k -> rules.value(PatrolRules.PER_DAY, grid.path(), day));
                    met += days[d] >= rule ? 1 : 0;
                }
            }
            if (month.daysJudged() == 0) {
                rule = rules.value(PatrolRules.PER_DAY, grid.path(), month.overdueDay());
            }
            Fraction share = shares.computeIfAbsent(region, k -> rules.value(PatrolRules.BUILDING_SHARE, grid.path(), month.last()));
            int total = buildings.getOrDefault(grid.id(), 0);
            int passed = visited.getOrDefault(grid.id(), 0);
            boolean shareMet = total == 0 || share.reachedBy(passed, total);
            return new GridCoverage(grid.id(), grid.code(), grid.name(), grid.path(), names.get(code(grid.path(), 2)),
                    names.get(code(grid.path(), 3)), patrols, month.daysJudged(), met, rule, total, passed, month.over(), shareMet,
                    overdue.getOrDefault(grid.id(), 0));
        }).sorted(BELOW_FIRST).toList();
    }

    /** Overdue visits per grid, once the visits are there (until then none count). */
    Map<Long, Integer> overdue(DataScope scope, LocalDate day) {
        OverdueVisits visits = overdueVisits.getIfAvailable();
        return visits == null ? Map.of() : visits.byGrid(scope, day);
    }

    /**
     * The rule book's regions are districts and streets, so all grids of a committee share their
     * values: they are looked up once per committee (and day), not per grid.
     */
    private static String parent(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }

    /** The code {@code up} levels above the path's end (1 = the path's own code). */
    static String code(String path, int up) {
        String[] codes = path.substring(1).split("/");
        return codes.length >= up ? codes[codes.length - up] : "";
    }

    /** The names of the grids' committees and streets, in one query. */
    private Map<String, String> names(List<Division> grids) {
        Set<String> codes = new HashSet<>();
        grids.forEach(g -> {
            codes.add(code(g.path(), 2));
            codes.add(code(g.path(), 3));
        });
        Map<String, String> names = new HashMap<>();
        divisions.byCodes(codes).forEach(d -> names.put(d.code(), d.name()));
        return names;
    }
}
