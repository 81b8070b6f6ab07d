package org.linli.gridwork.patrol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patrols generated in bulk, in a few statements, with their rollups (the demo district's last
 * months, the benchmark's year): each grid's worker patrols every day with the grid's diligence
 * (the chance of the first and second patrol; a third now and then) and ticks its buildings,
 * a less diligent grid leaving some of them unvisited.
 */
@Component
public class PatrolBulk {

    /** A grid to fill: its worker, how diligent they are (0–1), its buildings. */
    public record GridPlan(long gridId, String gridPath, long workerId, String workerName, double diligence, List<Long> buildings) {
    }

    private final JdbcClient jdbc;

    PatrolBulk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM patrol)").query(Boolean.class).single();
    }

    /** Generates ended patrols started from {@code from} to {@code to} (inclusive); the number made. */
    @Transactional
    public int generate(List<GridPlan> plans, LocalDate from, LocalDate to, double seed) {
        if (plans.isEmpty() || to.isBefore(from)) {
            return 0;
        }
        Long[] grids = plans.stream().map(GridPlan::gridId).toArray(Long[]::new);
        String[] paths = plans.stream().map(GridPlan::gridPath).toArray(String[]::new);
        Long[] workers = plans.stream().map(GridPlan::workerId).toArray(Long[]::new);
        String[] names = plans.stream().map(GridPlan::workerName).toArray(String[]::new);
        Double[] diligence = plans.stream().map(GridPlan::diligence).toArray(Double[]::new);
        List<Long> buildingGrid = new ArrayList<>();
        List<Long> buildingIds = new ArrayList<>();
        plans.forEach(p -> p.buildings().forEach(b -> {
            buildingGrid.add(p.gridId());
            buildingIds.add(b);
        }));
        long firstId = jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM patrol").query(Long.class).single();
        jdbc.sql("SELECT setseed(:seed)").param("seed", seed).query((rs, i) -> 1).list();
        int made = jdbc.sql("""
                        INSERT INTO patrol (grid_id, grid_path, worker_id, worker_name, started_at, start_day, ended_at,
                                            ended_how, distance_m, points, located)
                        SELECT g.grid_id, g.grid_path, g.worker_id, g.worker_name, s.at, d.day::date,
                               s.at + make_interval(mins => 35 + (random() * 50)::int), 'WORKER', 800 + (random() * 2400)::int, 0, true
                          FROM unnest(:grids, :paths, :workers, :names, :diligence)
                               AS g(grid_id, grid_path, worker_id, worker_name, diligence)
                         CROSS JOIN generate_series(:from::date, :to::date, interval '1 day') AS d(day)
                         CROSS JOIN generate_series(0, 2) AS k(n)
                         CROSS JOIN LATERAL (SELECT (d.day::date + time '08:00' + make_interval(hours => k.n * 5,
                                                     mins => (random() * 90)::int)) AT TIME ZONE :zone AS at) AS s
                         WHERE random() < CASE k.n WHEN 0 THEN 0.5 + g.diligence / 2 WHEN 1 THEN g.diligence * g.diligence
                                               ELSE g.diligence / 10 END""")
                .param("grids", grids).param("paths", paths).param("workers", workers).param("names", names)
                .param("diligence", diligence).param("from", from).param("to", to).param("zone", Times.zone().getId())
                .update();
        // A less diligent grid never reaches every third of its buildings.
        jdbc.sql("""
                        INSERT INTO patrol_building (patrol_id, building_id, how, ticked_at)
                        SELECT p.id, b.building_id, 'NEAR', p.started_at + interval '20 minutes'
                          FROM patrol p
                          JOIN unnest(:bgrids, :bids) AS b(grid_id, building_id) ON b.grid_id = p.grid_id
                          JOIN unnest(:grids, :diligence) AS g(grid_id, diligence) ON g.grid_id = p.grid_id
                         WHERE p.id >= :first AND (g.diligence >= 0.9 OR b.building_id % 3 <> 0)
                           AND random() < 0.15 + g.diligence / 3""")
                .param("bgrids", buildingGrid.toArray(Long[]::new)).param("bids", buildingIds.toArray(Long[]::new))
                .param("grids", grids).param("diligence", diligence).param("first", firstId).update();
        rollUp(firstId);
        return made;
    }

    /** The rollups of the patrols from {@code firstId} on, as ending each of them would have written them. */
    private void rollUp(long firstId) {
        jdbc.sql("""
                        INSERT INTO patrol_day (grid_id, day, grid_path, patrols)
                        SELECT grid_id, start_day, min(grid_path), count(*) FROM patrol WHERE id >= :first GROUP BY grid_id, start_day
                        ON CONFLICT (grid_id, day) DO UPDATE SET patrols = patrol_day.patrols + EXCLUDED.patrols""")
                .param("first", firstId).update();
        jdbc.sql("""
                        INSERT INTO patrol_month_building (grid_id, month, building_id)
                        SELECT DISTINCT p.grid_id, date_trunc('month', p.start_day)::date, b.building_id
                          FROM patrol p JOIN patrol_building b ON b.patrol_id = p.id WHERE p.id >= :first
                        ON CONFLICT DO NOTHING""")
                .param("first", firstId).update();
        // The months touched are counted again whole, from the day rollup and the buildings.
        jdbc.sql("""
                        INSERT INTO patrol_month (grid_id, month, grid_path, buildings, patrols, days_at_least)
                        SELECT t.grid_id, t.month, t.grid_path,
                               (SELECT count(*) FROM patrol_month_building b WHERE b.grid_id = t.grid_id AND b.month = t.month),
                               (SELECT coalesce(sum(d.patrols), 0) FROM patrol_day d WHERE d.grid_id = t.grid_id
                                   AND d.day >= t.month AND d.day < t.month + interval '1 month'),
                               (SELECT array_agg((SELECT count(*)::int FROM patrol_day d WHERE d.grid_id = t.grid_id
                                                     AND d.day >= t.month AND d.day < t.month + interval '1 month' AND d.patrols >= k)
                                                 ORDER BY k)
                                  FROM generate_series(1, 10) AS k)
                          FROM (SELECT DISTINCT grid_id, grid_path, date_trunc('month', start_day)::date AS month
                                  FROM patrol WHERE id >= :first) t
                        ON CONFLICT (grid_id, month) DO UPDATE SET buildings = EXCLUDED.buildings, patrols = EXCLUDED.patrols,
                                                                  days_at_least = EXCLUDED.days_at_least""")
                .param("first", firstId).update();
    }
}
