package org.linli.gridwork.visits;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.linli.shared.DataScope;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** The SQL of the projection {@code visit_subject}: one resident's row, a scope's rows in bulk, and the last visits. */
@Component
class SubjectStore {

    /** A resident's place and schedule, as stored. */
    record Row(long residentId, long householdId, String divisionPath, Grids.Grid grid, Schedule schedule) {
    }

    /** The last visit of every kind, and the last not made because of a sensitive tag. */
    record Last(LocalDate any, LocalDate plain) {
        static final Last NONE = new Last(null, null);
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SubjectStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void upsert(Row row, LocalDate today) {
        Schedule s = row.schedule();
        jdbc.sql("""
                        INSERT INTO visit_subject (resident_id, household_id, division_path, grid_id, grid_path, plain_tags,
                            sensitive_tags, frequency, plain_frequency, since, last_visit_on, plain_last_on, due_on, plain_due_on,
                            refreshed_on)
                        VALUES (:r, :h, :path, :gridId, :gridPath, string_to_array(:plain, ','), string_to_array(:sensitive, ','),
                            :f, :pf, :since, :last, :plainLast, :due, :plainDue, :today)
                        ON CONFLICT (resident_id) DO UPDATE SET household_id = excluded.household_id,
                            division_path = excluded.division_path, grid_id = excluded.grid_id, grid_path = excluded.grid_path,
                            plain_tags = excluded.plain_tags, sensitive_tags = excluded.sensitive_tags,
                            frequency = excluded.frequency, plain_frequency = excluded.plain_frequency, since = excluded.since,
                            last_visit_on = excluded.last_visit_on, plain_last_on = excluded.plain_last_on,
                            due_on = excluded.due_on, plain_due_on = excluded.plain_due_on, refreshed_on = excluded.refreshed_on""")
                .param("r", row.residentId()).param("h", row.householdId()).param("path", row.divisionPath())
                .param("gridId", row.grid() == null ? null : row.grid().id())
                .param("gridPath", row.grid() == null ? null : row.grid().path())
                .param("plain", String.join(",", s.plainTags())).param("sensitive", String.join(",", s.sensitiveTags()))
                .param("f", s.frequency().word()).param("pf", s.plainFrequency() == null ? null : s.plainFrequency().word())
                .param("since", s.since()).param("last", s.lastVisit()).param("plainLast", s.plainLast())
                .param("due", s.due()).param("plainDue", s.plainDue()).param("today", today)
                .update();
    }

    /**
     * Holds one resident's row until the transaction ends: two refreshes of the same resident (two
     * tags given a moment apart, delivered on two threads) would otherwise each read the registry
     * and the later write could be the one that read less.
     */
    void lock(long residentId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('visit_subject'), CAST(:r % 2147483647 AS integer))")
                .param("r", residentId).query((rs, n) -> 1).list();
    }

    void delete(long residentId) {
        jdbc.sql("DELETE FROM visit_subject WHERE resident_id = :r").param("r", residentId).update();
    }

    void deleteScope(DataScope scope) {
        jdbc.sql("DELETE FROM visit_subject WHERE division_path LIKE :prefix || '%'").param("prefix", scope.prefix()).update();
    }

    boolean empty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM visit_subject)").query(Boolean.class).single();
    }

    Optional<Row> find(long residentId) {
        return jdbc.sql("""
                        SELECT resident_id, household_id, division_path, grid_id, grid_path, plain_tags, sensitive_tags,
                               frequency, plain_frequency, since, last_visit_on, plain_last_on, due_on, plain_due_on
                        FROM visit_subject WHERE resident_id = :r""")
                .param("r", residentId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4) == null ? null : new Grids.Grid(rs.getLong(4), rs.getString(5)),
                        new Schedule(List.of((String[]) rs.getArray(6).getArray()), List.of((String[]) rs.getArray(7).getArray()),
                                VisitFrequency.ofWord(rs.getString(8)), VisitFrequency.ofWord(rs.getString(9)),
                                rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                                rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class),
                                rs.getObject(14, LocalDate.class))))
                .optional();
    }

    Last last(long residentId) {
        return jdbc.sql("""
                        SELECT max(visited_on), max(visited_on) FILTER (WHERE NOT sensitive) FROM visit WHERE resident_id = :r""")
                .param("r", residentId)
                .query((rs, n) -> new Last(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).single();
    }

    /** The last visits of the residents visited within the scope, by resident. */
    Map<Long, Last> lastVisits(DataScope scope) {
        Map<Long, Last> last = new HashMap<>();
        jdbc.sql("""
                        SELECT resident_id, max(visited_on), max(visited_on) FILTER (WHERE NOT sensitive) FROM visit
                        WHERE division_path LIKE :prefix || '%' GROUP BY resident_id""")
                .param("prefix", scope.prefix())
                .query(rs -> {
                    last.put(rs.getLong(1), new Last(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                });
        return last;
    }

    /** Rows in bulk, as CSV lines of {@link #csv}; the scope's old rows must have been deleted first. */
    void copy(CharSequence csv) {
        copyIn("""
                COPY visit_subject (resident_id, household_id, division_path, grid_id, grid_path, plain_tags, sensitive_tags,
                    frequency, plain_frequency, since, last_visit_on, plain_last_on, due_on, plain_due_on, refreshed_on)
                FROM STDIN (FORMAT csv)""", csv);
    }

    /** One row as a line of CSV for {@link #copy}; codes, paths and dates need no quoting, only the arrays do. */
    static void csv(StringBuilder out, Row row, LocalDate today) {
        Schedule s = row.schedule();
        out.append(row.residentId()).append(',').append(row.householdId()).append(',').append(row.divisionPath()).append(',')
                .append(row.grid() == null ? "" : row.grid().id()).append(',').append(row.grid() == null ? "" : row.grid().path())
                .append(",\"{").append(String.join(",", s.plainTags())).append("}\",\"{")
                .append(String.join(",", s.sensitiveTags())).append("}\",")
                .append(s.frequency().word()).append(',').append(s.plainFrequency() == null ? "" : s.plainFrequency().word())
                .append(',').append(s.since()).append(',').append(text(s.lastVisit())).append(',').append(text(s.plainLast()))
                .append(',').append(s.due()).append(',').append(text(s.plainDue())).append(',').append(today).append('\n');
    }

    void copyIn(String sql, CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
