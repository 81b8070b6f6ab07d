package org.linli.gridwork.visits;

import java.time.Clock;
import java.time.LocalDate;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few weeks of past visits for generated data, in one statement: each resident to be visited is
 * visited at their frequency over the last five weeks, made by their grid's worker; in about a
 * third of the grids three in ten are a period behind (due today or overdue), so that coverage
 * pages show grids behind with their visits and grids that keep up. Then the projection is built
 * again from them. Deterministic for a seed.
 */
@Component
public class PastVisits {

    private static final int WEEKS = 5;

    private final JdbcClient jdbc;
    private final VisitSubjects subjects;
    private final Clock clock;

    PastVisits(JdbcClient jdbc, VisitSubjects subjects, Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.clock = clock;
    }

    public boolean any(DataScope scope) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM visit WHERE division_path LIKE :prefix || '%')")
                .param("prefix", scope.prefix()).query(Boolean.class).single();
    }

    /** Builds the scope's projection with past visits; returns how many visits were made. */
    @Transactional
    public int load(DataScope scope, long seed, String ownGridPath, String ownGridWorker) {
        subjects.rebuild(scope);
        LocalDate today = LocalDate.now(clock);
        int visits = jdbc.sql("""
                        WITH s AS (
                            SELECT v.*, (hashtext(:seed || '-' || v.resident_id) & 2147483647) AS h,
                                   (hashtext(:seed || '-grid-' || coalesce(v.grid_id, 0)) & 2147483647) % 3 = 0 AS late_grid,
                                   CASE v.frequency WHEN '每周' THEN 7 WHEN '每两周' THEN 14 WHEN '每月' THEN 30 ELSE 91 END AS p
                            FROM visit_subject v WHERE v.division_path LIKE :prefix || '%'
                        ), d AS (
                            SELECT s.*, :today - (s.h % s.p)::int - k * s.p - CASE WHEN s.late_grid AND s.h % 10 < 3 THEN s.p ELSE 0 END AS day
                            FROM s CROSS JOIN generate_series(0, :weeks) AS k
                        )
                        INSERT INTO visit (resident_id, household_id, division_path, grid_id, visited_on, way, met, situation, states,
                                           tags, sensitive, was_due, visitor, created_at)
                        SELECT resident_id, household_id, division_path, grid_id, day,
                               (ARRAY['HOME','HOME','HOME','PHONE','VIDEO'])[1 + h % 5],
                               (ARRAY['SELF','SELF','SELF','FAMILY','NEIGHBOUR'])[1 + (h / 5) % 5],
                               (ARRAY['身体状况良好，生活能够自理','精神状态不错，家中整洁','近期血压偏高，已提醒按时服药',
                                      '子女每周来看望，生活有人照料','反映楼道照明不足，已记录','情绪稳定，按时领取补助'])[1 + (h % 6 + (day - date '2000-01-01')) % 6],
                               CASE WHEN (h % 6 + (day - date '2000-01-01')) % 6 = 2 THEN ARRAY['ATTENTION'] ELSE ARRAY['WELL'] END,
                               CASE WHEN cardinality(plain_tags) > 0 THEN plain_tags ELSE sensitive_tags END,
                               cardinality(plain_tags) = 0, day,
                               CASE WHEN grid_path = :ownGrid THEN :ownWorker WHEN grid_path IS NULL THEN 'system'
                                    ELSE 'g' || split_part(rtrim(grid_path, '/'), '/', -1) END,
                               :now
                        FROM d WHERE day >= since AND day >= :today - greatest(7 * :weeks, 2 * p) AND day <= :today""")
                .param("seed", String.valueOf(seed)).param("prefix", scope.prefix()).param("today", today)
                .param("weeks", WEEKS).param("ownGrid", ownGridPath).param("ownWorker", ownGridWorker)
                .param("now", java.time.OffsetDateTime.now(clock))
                .update();
        subjects.rebuild(scope);
        return visits;
    }
}
