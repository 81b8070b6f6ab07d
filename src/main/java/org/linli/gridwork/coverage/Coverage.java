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
    private final OverdueVisits overdueVisits;
    private final Clock clock;

    Coverage(CoverageStore store, Divisions divisions, RuleBook rules, OverdueVisits overdueVisits, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.rules = rules;
        this.overdueVisits = overdueVisits;
        this.clock = clock;
    }

    CoverageMonth judged(YearMonth month) {
        return new CoverageMonth(month, LocalDate.now(clock));
    }

    /**
     * Every grid under the area (within the scope), below the rule first. Each grid's month is read
     * from its rollup row (days with at least k patrols), less the days not yet judged; only a
     * committee whose patrols-a-day rule changed within the month's judged days is judged day by
     * day from the day rollup.
     */
    public List<GridCoverage> grids(Division area, YearMonth yearMonth) {
        CoverageMonth month = judged(yearMonth);
        DataScope scope = new DataScope(area.path());
        List<Division> grids = area.level() == Level.GRID ? List.of(area)
                : divisions.search("", scope, List.of(Level.GRID), 100_000);
        Map<Long, Integer> buildings = divisions.buildingsPerGrid(scope);
        Map<Long, CoverageStore.MonthRow> rows = store.months(scope, month.first());
        Map<Long, List<Integer>> open = month.daysJudged() < month.last().getDayOfMonth()
                ? store.openDays(scope, month.first().plusDays(month.daysJudged()), month.last()) : Map.of();
        Map<Long, Integer> overdue = overdue(scope, month.overdueDay());
        Map<String, String> names = names(grids);
        Map<String, int[]> perDay = new HashMap<>();
        Map<String, Map<Long, int[]>> byDay = new HashMap<>();
        Map<String, Fraction> shares = new HashMap<>();
        return grids.stream().map(grid -> {
            String region = parent(grid.path());
            int[] rule = perDay.computeIfAbsent(region, k -> rulePerDay(grid.path(), month));
            CoverageStore.MonthRow row = rows.getOrDefault(grid.id(), new CoverageStore.MonthRow(0, 0, new int[10]));
            int met;
            if (constant(rule)) {
                int[] atLeast = row.daysAtLeast().clone();
                open.getOrDefault(grid.id(), List.of()).forEach(n -> {
                    for (int k = 0; k < Math.min(n, 10); k++) {
                        atLeast[k]--;
                    }
                });
                met = month.daysJudged() == 0 ? 0 : atLeast[rule[0] - 1];
            } else {
                int[] days = byDay.computeIfAbsent(region, k -> store.daily(new DataScope(region), month.first(), month.last()))
                        .getOrDefault(grid.id(), new int[month.last().getDayOfMonth()]);
                met = 0;
                for (int d = 0; d < month.daysJudged(); d++) {
                    met += days[d] >= rule[d] ? 1 : 0;
                }
            }
            Fraction share = shares.computeIfAbsent(region, k -> rules.value(PatrolRules.BUILDING_SHARE, grid.path(), month.last()));
            int total = buildings.getOrDefault(grid.id(), 0);
            boolean shareMet = total == 0 || share.reachedBy(row.buildings(), total);
            return new GridCoverage(grid.id(), grid.code(), grid.name(), grid.path(), names.get(code(grid.path(), 2)),
                    names.get(code(grid.path(), 3)), row.patrols(), month.daysJudged(), met, rule[Math.max(0, rule.length - 1)], total,
                    row.buildings(), month.over(), shareMet, overdue.getOrDefault(grid.id(), 0));
        }).sorted(BELOW_FIRST).toList();
    }

    /**
     * The patrols a day the rule asks of a committee's grids on each judged day of the month (the
     * rule book's regions are districts and streets, so a committee's grids share their values);
     * the value of the judging day when no day is judged yet.
     */
    private int[] rulePerDay(String gridPath, CoverageMonth month) {
        if (month.daysJudged() == 0) {
            return new int[] {rules.value(PatrolRules.PER_DAY, gridPath, month.overdueDay())};
        }
        int[] values = new int[month.daysJudged()];
        for (int d = 0; d < values.length; d++) {
            values[d] = rules.value(PatrolRules.PER_DAY, gridPath, month.first().plusDays(d));
        }
        return values;
    }

    private static boolean constant(int[] values) {
        for (int v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** Overdue visits to special groups per grid: they count against the grid beside its patrols. */
    Map<Long, Integer> overdue(DataScope scope, LocalDate day) {
        return overdueVisits.byGrid(scope, day);
    }

    /** The committee's path of a grid's path. */
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
