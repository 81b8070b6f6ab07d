package org.linli.gridwork.visits;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The due list in SQL, paged and filtered: one track or the other by the role (columns named by a
 * fixed choice, never from input), a place below the user's, a group, and how far ahead.
 */
@Component
class DueListStore {

    /** A row of the list before names are put in. */
    record Row(long residentId, long householdId, String divisionPath, List<String> tags, String frequency, LocalDate due,
               LocalDate lastVisit) {
    }

    /** What the list is narrowed to: a path within the scope, a tag ('' for any), and the last due day shown (null: any). */
    record Criteria(DataScope scope, String path, String tag, LocalDate until, boolean sensitive) {
    }

    private static final String ALL = """
            SELECT resident_id, household_id, division_path, array_to_string(plain_tags || sensitive_tags, ',') AS tags,
                   frequency, due_on AS due, last_visit_on AS last_visit
            FROM visit_subject
            WHERE division_path LIKE :prefix || '%' AND division_path LIKE :path || '%'
              AND (:until::date IS NULL OR due_on <= :until::date)
              AND (:tag = '' OR :tag = ANY(plain_tags) OR :tag = ANY(sensitive_tags))
            """;
    private static final String PLAIN = """
            SELECT resident_id, household_id, division_path, array_to_string(plain_tags, ',') AS tags,
                   plain_frequency AS frequency, plain_due_on AS due, plain_last_on AS last_visit
            FROM visit_subject
            WHERE division_path LIKE :prefix || '%' AND division_path LIKE :path || '%' AND plain_due_on IS NOT NULL
              AND (:until::date IS NULL OR plain_due_on <= :until::date)
              AND (:tag = '' OR :tag = ANY(plain_tags))
            """;

    private final JdbcClient jdbc;

    DueListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> page(Criteria c, int offset, int limit) {
        return bind(jdbc.sql((c.sensitive() ? ALL : PLAIN) + " ORDER BY due, resident_id LIMIT :limit OFFSET :offset"), c)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getLong("resident_id"), rs.getLong("household_id"), rs.getString("division_path"),
                        rs.getString("tags").isEmpty() ? List.of() : Arrays.asList(rs.getString("tags").split(",")),
                        rs.getString("frequency"), rs.getObject("due", LocalDate.class),
                        rs.getObject("last_visit", LocalDate.class)))
                .list();
    }

    /** How many rows, and how many of them are overdue on {@code today}. */
    long[] count(Criteria c, LocalDate today) {
        return bind(jdbc.sql("SELECT count(*), count(*) FILTER (WHERE due < :today) FROM (" + (c.sensitive() ? ALL : PLAIN) + ") l"), c)
                .param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Criteria c) {
        return spec.param("prefix", c.scope().prefix()).param("path", new DataScope(c.path()).prefix())
                .param("until", c.until()).param("tag", c.tag());
    }
}
