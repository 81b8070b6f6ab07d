package org.linli.workforce.growth;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.linli.shared.DataScope;
import org.linli.workforce.Post;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training's SQL. The due list joins each worker to the training interval of their place (a VALUES
 * list of the places' paths, bound, and the rule book's whole years), so due dates, the overdue
 * filter and the paging are all done by PostgreSQL.
 */
@Component
class TrainingStore {

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long workerId, TrainingForm f, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO worker_training (worker_id, held_on, title, hours, organiser, recorded_by, recorded_at)
                        VALUES (:worker, :on, :title, :hours, :organiser, :by, :at) RETURNING id""")
                .param("worker", workerId).param("on", f.heldOn()).param("title", f.title().strip()).param("hours", f.hours())
                .param("organiser", f.organiser().strip()).param("by", by).param("at", at).query(Long.class).single();
    }

    List<Training> ofWorker(long workerId) {
        return jdbc.sql("SELECT * FROM worker_training WHERE worker_id = :id ORDER BY held_on DESC, id DESC").param("id", workerId)
                .query((rs, i) -> new Training(rs.getLong("id"), rs.getLong("worker_id"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("title"), rs.getBigDecimal("hours"), rs.getString("organiser"))).list();
    }

    /** The distinct places of the scope's working workers, whose intervals the caller looks up. */
    List<String> places(DataScope scope, LocalDate today) {
        return jdbc.sql("""
                        SELECT DISTINCT division_path FROM community_worker WHERE division_path LIKE :prefix || '%'
                          AND (left_on IS NULL OR left_on > :today)""")
                .param("prefix", scope.prefix()).param("today", today).query(String.class).list();
    }

    /** Working workers with their due dates, the soonest first; only those overdue on {@code today} when asked. */
    List<Row> due(DataScope scope, Map<String, int[]> intervals, boolean overdueOnly, LocalDate today, int offset, int limit) {
        if (intervals.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql(query(intervals, "SELECT d.*", " ORDER BY d.due, d.name, d.id LIMIT :limit OFFSET :offset"));
        return bind(spec, scope, intervals, overdueOnly, today).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getObject("last", LocalDate.class), rs.getInt("years"),
                        rs.getObject("due", LocalDate.class)))
                .list();
    }

    long count(DataScope scope, Map<String, int[]> intervals, boolean overdueOnly, LocalDate today) {
        if (intervals.isEmpty()) {
            return 0;
        }
        return bind(jdbc.sql(query(intervals, "SELECT count(*)", "")), scope, intervals, overdueOnly, today).query(Long.class).single();
    }

    record Row(long workerId, LocalDate last, int years, LocalDate due) {
    }

    private static String query(Map<String, int[]> intervals, String select, String tail) {
        StringBuilder values = new StringBuilder();
        int i = 0;
        for (int[] years : intervals.values()) {
            // the years are whole numbers from the rule book (1–5), never typed text
            values.append(i == 0 ? "" : ", ").append("(CAST(:p").append(i++).append(" AS text), ").append(years[0]).append(", ")
                    .append(years[1]).append(")");
        }
        return "WITH r(path, principal, other) AS (VALUES " + values + "), d AS ("
                + """
                SELECT w.id, w.name, l.last, CASE WHEN w.post = '""" + Post.PRINCIPAL.name() + """
                ' THEN r.principal ELSE r.other END AS years,
                       CAST(COALESCE(l.last, w.started_on) + make_interval(years => CASE WHEN w.post = '""" + Post.PRINCIPAL.name() + """
                ' THEN r.principal ELSE r.other END) AS date) AS due
                FROM community_worker w JOIN r ON r.path = w.division_path
                LEFT JOIN (SELECT t.worker_id, max(t.held_on) AS last FROM worker_training t
                           JOIN community_worker x ON x.id = t.worker_id AND x.division_path LIKE :prefix || '%'
                           GROUP BY t.worker_id) l ON l.worker_id = w.id
                WHERE w.division_path LIKE :prefix || '%' AND (w.left_on IS NULL OR w.left_on > :today))
                """ + select + " FROM d WHERE (NOT :overdue OR d.due < :today)" + tail;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, Map<String, int[]> intervals,
                                                 boolean overdueOnly, LocalDate today) {
        int i = 0;
        for (String path : intervals.keySet()) {
            spec = spec.param("p" + i++, path);
        }
        return spec.param("prefix", scope.prefix()).param("today", today).param("overdue", overdueOnly);
    }
}
