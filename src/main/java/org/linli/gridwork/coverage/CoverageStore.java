package org.linli.gridwork.coverage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the coverage rollups (patrol_day, patrol_month, patrol_month_building), never of the patrols themselves. */
@Component
class CoverageStore {

    private final JdbcClient jdbc;

    CoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Grid id → patrols on each day of the month (index 0 = the 1st), for the scope's grids with any. */
    Map<Long, int[]> daily(DataScope scope, LocalDate first, LocalDate last) {
        Map<Long, int[]> days = new HashMap<>();
        int length = last.getDayOfMonth();
        jdbc.sql("""
                        SELECT grid_id, array_agg(extract(day FROM day)::int), array_agg(patrols)
                          FROM patrol_day WHERE day BETWEEN :first AND :last AND grid_path LIKE :prefix || '%'
                         GROUP BY grid_id""")
                .param("first", first).param("last", last).param("prefix", scope.prefix())
                .query((rs, i) -> {
                    Integer[] d = (Integer[]) rs.getArray(2).getArray();
                    Integer[] n = (Integer[]) rs.getArray(3).getArray();
                    int[] counts = new int[length];
                    for (int k = 0; k < d.length; k++) {
                        counts[d[k] - 1] = n[k];
                    }
                    return days.put(rs.getLong(1), counts);
                }).list();
        return days;
    }

    /** A grid's month from the rollup: buildings passed, patrols, and days with at least k patrols (k = 1..10). */
    record MonthRow(int buildings, int patrols, int[] daysAtLeast) {
    }

    /** Grid id → its month's rollup row, for the scope's grids with any (one row per grid). */
    Map<Long, MonthRow> months(DataScope scope, LocalDate month) {
        Map<Long, MonthRow> rows = new HashMap<>();
        jdbc.sql("SELECT grid_id, buildings, patrols, days_at_least FROM patrol_month WHERE month = :month AND grid_path LIKE :prefix || '%'")
                .param("month", month).param("prefix", scope.prefix())
                .query((rs, i) -> {
                    Integer[] days = (Integer[]) rs.getArray(4).getArray();
                    int[] atLeast = new int[10];
                    for (int k = 0; k < Math.min(10, days.length); k++) {
                        atLeast[k] = days[k] == null ? 0 : days[k];
                    }
                    return rows.put(rs.getLong(1), new MonthRow(rs.getInt(2), rs.getInt(3), atLeast));
                }).list();
        return rows;
    }

    /** Grid id → patrols on each day from {@code from} to {@code last} that has any (the days not yet judged). */
    Map<Long, java.util.List<Integer>> openDays(DataScope scope, LocalDate from, LocalDate last) {
        Map<Long, java.util.List<Integer>> open = new HashMap<>();
        jdbc.sql("SELECT grid_id, patrols FROM patrol_day WHERE day BETWEEN :from AND :last AND grid_path LIKE :prefix || '%'")
                .param("from", from).param("last", last).param("prefix", scope.prefix())
                .query((rs, i) -> open.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getInt(2))).list();
        return open;
    }

    /** The buildings one grid's patrols passed in the month. */
    Set<Long> visitedBuildings(long gridId, LocalDate month) {
        return new HashSet<>(jdbc.sql("SELECT building_id FROM patrol_month_building WHERE grid_id = :grid AND month = :month")
                .param("grid", gridId).param("month", month).query(Long.class).list());
    }

    /** One grid's ended patrols in the month: start day → count (from the rollup). */
    Map<LocalDate, Integer> days(long gridId, LocalDate first, LocalDate last) {
        Map<LocalDate, Integer> days = new HashMap<>();
        jdbc.sql("SELECT day, patrols FROM patrol_day WHERE grid_id = :grid AND day BETWEEN :first AND :last")
                .param("grid", gridId).param("first", first).param("last", last)
                .query((rs, i) -> days.put(rs.getObject(1, LocalDate.class), rs.getInt(2))).list();
        return days;
    }

    /** A grid's patrols in the month (the calendar's list below the days). */
    List<MonthPatrol> patrols(long gridId, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                        SELECT id, worker_name, started_at, ended_at, distance_m FROM patrol
                         WHERE grid_id = :grid AND start_day BETWEEN :first AND :last ORDER BY started_at DESC LIMIT 200""")
                .param("grid", gridId).param("first", first).param("last", last).query(MonthPatrol.class).list();
    }
}
