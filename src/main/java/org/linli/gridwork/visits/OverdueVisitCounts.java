package org.linli.gridwork.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.linli.gridwork.internal.OverdueVisits;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Overdue visits per grid, from the projection: residents whose next visit was due before the day
 * (index {@code visit_subject_grid}). For a past day the projection has moved on for those visited
 * since, so the visits made after the day that met a due date before it are added back
 * ({@code visit.was_due}): each such resident was still waiting on that day.
 */
@Component
class OverdueVisitCounts implements OverdueVisits {

    private final JdbcClient jdbc;
    private final Clock clock;

    OverdueVisitCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, Integer> byGrid(DataScope scope, LocalDate day) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT grid_id, count(*) FROM visit_subject
                        WHERE grid_path LIKE :prefix || '%' AND due_on < :day AND grid_id IS NOT NULL GROUP BY grid_id""")
                .param("prefix", scope.prefix()).param("day", day)
                .query(rs -> {
                    counts.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
                });
        if (day.isBefore(LocalDate.now(clock))) {
            jdbc.sql("""
                            SELECT grid_id, count(DISTINCT resident_id) FROM visit
                            WHERE division_path LIKE :prefix || '%' AND visited_on > :day AND visited_on <= :today
                              AND was_due < :day AND grid_id IS NOT NULL
                            GROUP BY grid_id""")
                    .param("prefix", scope.prefix()).param("day", day).param("today", LocalDate.now(clock))
                    .query(rs -> {
                        counts.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
                    });
        }
        return counts;
    }
}
