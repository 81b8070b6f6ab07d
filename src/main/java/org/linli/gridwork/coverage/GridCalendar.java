package org.linli.gridwork.coverage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.gridwork.patrol.GridBuildings;
import org.linli.gridwork.patrol.GridPlace;
import org.linli.gridwork.patrol.PatrolRules;
import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** A grid's month as a calendar: each day's patrols against the rule, and the buildings not yet passed. */
@Service
public class GridCalendar {

    /** A day of the calendar; {@code state} is MET, SHORT (a past day below the rule), TODAY or LATER. */
    public record Day(LocalDate date, int patrols, int rule, String state) {
    }

    /** The calendar: weeks of days (null for the blanks before the 1st), the coverage line and what is left. */
    public record Month(Division grid, YearMonth month, GridCoverage coverage, List<List<Day>> weeks, List<Left> notVisited,
                        List<MonthPatrol> patrols) {
    }

    /** A building not yet passed this month, named with its estate ("泰和家园 2号楼"). */
    public record Left(String code, String label) {
    }

    private final Coverage coverage;
    private final CoverageStore store;
    private final Divisions divisions;
    private final GridBuildings buildings;
    private final RuleBook rules;

    GridCalendar(Coverage coverage, CoverageStore store, Divisions divisions, GridBuildings buildings, RuleBook rules) {
        this.coverage = coverage;
        this.store = store;
        this.divisions = divisions;
        this.buildings = buildings;
        this.rules = rules;
    }

    public Month of(long gridId, YearMonth yearMonth, CurrentUser user) {
        Division grid = divisions.find(gridId, user.scope()).filter(d -> d.level() == Level.GRID)
                .orElseThrow(() -> new NotFoundException("grid"));
        CoverageMonth month = coverage.judged(yearMonth);
        GridCoverage line = coverage.grids(grid, yearMonth).getFirst();
        Map<LocalDate, Integer> counts = store.days(grid.id(), month.first(), month.last());
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (int blank = 1; blank < month.first().getDayOfWeek().getValue(); blank++) {
            week.add(null);
        }
        for (LocalDate day = month.first(); !day.isAfter(month.last()); day = day.plusDays(1)) {
            int n = counts.getOrDefault(day, 0);
            int rule = rules.value(PatrolRules.PER_DAY, grid.path(), day);
            String state = day.isBefore(month.today()) ? (n >= rule ? "MET" : "SHORT") : day.equals(month.today()) ? "TODAY" : "LATER";
            week.add(new Day(day, n, rule, state));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            weeks.add(week);
        }
        Set<Long> passed = store.visitedBuildings(grid.id(), month.first());
        List<GridPlace> places = buildings.of(grid);
        Map<Long, String> estates = new java.util.HashMap<>();
        places.stream().filter(p -> !p.building()).forEach(e -> estates.put(e.id(), e.name()));
        List<Left> left = places.stream().filter(b -> b.building() && !passed.contains(b.id()))
                .map(b -> new Left(b.code(), (estates.containsKey(b.parentId()) ? estates.get(b.parentId()) + " " : "") + b.name()))
                .toList();
        return new Month(grid, yearMonth, line, weeks, left, store.patrols(grid.id(), month.first(), month.last()));
    }

}
