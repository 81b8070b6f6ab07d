package org.linli.casework.stats;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Generates past cases straight into the tables, for screenshots and the benchmark: spread evenly
 * over the committees and grids under a path, created at random over the last {@code days} days,
 * with a status mix that depends on age (old cases are mostly closed, recent ones still moving),
 * plus their log, summonses, ratings and overdue records. Reproducible for a given seed.
 */
public final class HistoricalCases {

    private HistoricalCases() {
    }

    /** Inserts {@code count} cases; returns how many case_record rows were added. */
    public static int insert(DataSource dataSource, String pathPrefix, int count, int days, double seed) throws SQLException {
        // One connection throughout: the seed and the temporary table belong to the session.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return insert(JdbcClient.create(new SingleConnectionDataSource(connection, true)), pathPrefix, count, days, seed);
        }
    }

    private static int insert(JdbcClient jdbc, String pathPrefix, int count, int days, double seed) {
        jdbc.sql("SELECT setseed(:s)::text").param("s", seed).query(String.class).single();
        jdbc.sql("DROP TABLE IF EXISTS historical_case").update();
        jdbc.sql("""
                        CREATE TEMP TABLE historical_case AS
                        WITH places AS (
                            SELECT row_number() OVER (ORDER BY path) - 1 AS i, id, path,
                                   substring(path FROM '^(/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/)') AS committee_path
                            FROM division WHERE path LIKE :prefix || '%' AND level IN ('COMMITTEE', 'GRID')),
                        n AS (SELECT count(*) AS n FROM places),
                        draws AS (
                            SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                                   now() - random() * make_interval(days => :days) AS created
                            FROM generate_series(1, :count) g),
                        shaped AS (
                            SELECT d.*, p.id AS division_id, p.path, p.committee_path,
                                   (ARRAY['SAFETY','UTILITIES','SANITATION','FACILITIES','PROPERTY','NOISE','NEIGHBOURS','OTHER'])
                                       [1 + (d.g * 7 + (d.r4 * 3)::int) % 8] AS category,
                                   CASE WHEN d.created < now() - interval '30 days' THEN
                                            CASE WHEN d.r1 < 0.92 THEN 'CLOSED' WHEN d.r1 < 0.96 THEN 'REJECTED'
                                                 WHEN d.r1 < 0.98 THEN 'REOPENED' ELSE 'REWORK' END
                                        ELSE CASE WHEN d.r1 < 0.45 THEN 'CLOSED' WHEN d.r1 < 0.50 THEN 'REJECTED'
                                                  WHEN d.r1 < 0.60 THEN 'REPORTED' WHEN d.r1 < 0.75 THEN 'ACCEPTED'
                                                  WHEN d.r1 < 0.80 THEN 'ESCALATED' WHEN d.r1 < 0.88 THEN 'SUMMONED'
                                                  ELSE 'VERIFYING' END END AS status,
                                   -- hours to close: mostly within the 7-day limit, one in ten late
                                   CASE WHEN d.r2 < 0.9 THEN 2 + d.r2 * 150 ELSE 170 + d.r2 * 200 END AS hours
                            FROM draws d JOIN n ON true JOIN places p ON p.i = d.g % n.n)
                        SELECT nextval('case_record_id_seq') AS id, s.*,
                               s.status IN ('SUMMONED', 'VERIFYING', 'CLOSED', 'REWORK', 'REOPENED', 'ESCALATED') AND s.r3 < 0.25
                                   OR s.status IN ('ESCALATED', 'SUMMONED') AS escalated
                        FROM shaped s""")
                .param("prefix", pathPrefix).param("count", count).param("days", days).update();
        // Ten slices in time order: the rollup's statement triggers see a tenth of the history at a time.
        java.time.OffsetDateTime[] span = jdbc.sql("SELECT min(created), max(created) FROM historical_case")
                .query((rs, i) -> new java.time.OffsetDateTime[] {rs.getObject(1, java.time.OffsetDateTime.class),
                        rs.getObject(2, java.time.OffsetDateTime.class)}).single();
        java.time.Duration tenth = java.time.Duration.between(span[0], span[1]).dividedBy(10);
        int inserted = 0;
        for (int slice = 0; slice < 10; slice++) {
            inserted += jdbc.sql("""
                        INSERT INTO case_record (id, number, division_id, division_path, category_code, channel, title, description,
                            status, created_by, created_at, accept_due, finish_due, accepted_at, escalated_at, closed_at,
                            closed_on_time, rework_count, rating, updated_at)
                        SELECT id, 'H' || id, division_id, path, category, 'PHONE', '历史诉求 ' || id, '批量生成的历史诉求', status, 'history',
                               created, created + interval '2 hours', created + interval '7 days',
                               CASE WHEN status NOT IN ('REPORTED', 'REJECTED') THEN created + interval '1 hour' END,
                               CASE WHEN escalated THEN created + interval '3 hours' END,
                               CASE WHEN status IN ('CLOSED', 'REJECTED') THEN created + hours * interval '1 hour' END,
                               CASE WHEN status IN ('CLOSED', 'REOPENED') THEN hours <= 168 END,
                               CASE WHEN status = 'REWORK' OR r3 > 0.94 AND status = 'CLOSED' THEN 1 ELSE 0 END,
                               CASE WHEN status = 'REOPENED' THEN 1 + (r4 * 2)::int
                                    WHEN status = 'CLOSED' AND r4 < 0.6 THEN 3 + (r4 * 3.3)::int END,
                               created
                        FROM historical_case WHERE created >= :lo AND (created < :hi OR :last) ORDER BY created""")
                    .param("lo", span[0].plus(tenth.multipliedBy(slice))).param("hi", span[0].plus(tenth.multipliedBy(slice + 1)))
                    .param("last", slice == 9).update();
        }
        jdbc.sql("""
                        INSERT INTO case_log (case_id, at, actor, actor_role, from_status, to_status)
                        SELECT id, created, 'history', 'COMMUNITY_WORKER', NULL, 'REPORTED' FROM historical_case
                        UNION ALL
                        SELECT id, created + hours * interval '1 hour', 'history', 'COMMUNITY_WORKER', 'VERIFYING', status
                        FROM historical_case WHERE status IN ('CLOSED', 'REJECTED')""").update();
        jdbc.sql("""
                        INSERT INTO case_summons (case_id, department_id, round, is_lead, summoned_at, summoned_by, checkin_due,
                            checked_in_at, report_due, reported_at)
                        SELECT h.id, dep.ids[1 + (h.id % array_length(dep.ids, 1))], 1, true, h.created + interval '3 hours', 'history',
                               h.created + interval '4 hours',
                               CASE WHEN h.r2 < 0.9 THEN h.created + interval '3.5 hours' ELSE h.created + interval '6 hours' END,
                               h.created + interval '5 days',
                               CASE WHEN h.status <> 'SUMMONED' THEN h.created + interval '2 days' END
                        FROM historical_case h,
                             (SELECT array_agg(id ORDER BY id) AS ids FROM department WHERE :prefix LIKE division_path || '%'
                                 OR division_path LIKE :prefix || '%') dep
                        WHERE h.escalated AND h.status <> 'ESCALATED'""")
                .param("prefix", pathPrefix).update();
        jdbc.sql("""
                        INSERT INTO case_rating (case_id, score, rated_at, rated_by)
                        SELECT c.id, c.rating, h.created + h.hours * interval '1 hour' + interval '1 day', 'history'
                        FROM case_record c JOIN historical_case h ON h.id = c.id WHERE c.rating IS NOT NULL""").update();
        jdbc.sql("""
                        INSERT INTO case_overdue (case_id, stage, division_path, due, noticed_at)
                        SELECT id, 'FINISH', committee_path, created + interval '7 days', created + interval '7 days 1 minute'
                        FROM historical_case WHERE hours > 168 AND status IN ('CLOSED', 'REOPENED')
                        ON CONFLICT DO NOTHING""").update();
        // Limits already missed by cases still open, as the minute scan would have recorded them.
        jdbc.sql("""
                        INSERT INTO case_overdue (case_id, stage, division_path, due, noticed_at)
                        SELECT id, 'ACCEPT', committee_path, created + interval '2 hours', created + interval '2 hours 1 minute'
                        FROM historical_case WHERE status = 'REPORTED' AND created + interval '2 hours' < now()
                        UNION ALL
                        SELECT id, 'FINISH', committee_path, created + interval '7 days', created + interval '7 days 1 minute'
                        FROM historical_case WHERE status IN ('ACCEPTED', 'REWORK', 'REOPENED') AND created + interval '7 days' < now()
                        ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                        INSERT INTO case_overdue (case_id, stage, department_id, due, noticed_at)
                        SELECT s.case_id, 'REPORT', s.department_id, s.report_due, s.report_due + interval '1 minute'
                        FROM case_summons s JOIN historical_case h ON h.id = s.case_id
                        WHERE h.status = 'SUMMONED' AND s.reported_at IS NULL AND s.report_due < now()
                        ON CONFLICT DO NOTHING""").update();
        jdbc.sql("DROP TABLE historical_case").update();
        // As the application's minute job would: open cases whose limit has passed are due to close.
        jdbc.sql("UPDATE case_record SET past_due = true WHERE status NOT IN ('CLOSED', 'REJECTED') AND NOT past_due AND finish_due < now()")
                .update();
        jdbc.sql("SELECT case_tally_fold()").query(Long.class).single();
        jdbc.sql("ANALYZE case_record").update();
        jdbc.sql("ANALYZE case_summons").update();
        jdbc.sql("ANALYZE case_tally").update();
        return inserted;
    }
}
