package org.linli.workitems.certificates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests counted in SQL by a dimension (the certificate's title, or the department named) and
 * by the child divisions given as paths; the dimension's keys are paged by their totals.
 */
@Repository
class CertificateFigureStore {

    /** What the counts are by: a fixed column expression each, never typed by a user. */
    enum By {
        KIND("r.title"),
        DEPARTMENT("coalesce(r.department_name, '')");

        final String column;

        By(String column) {
            this.column = column;
        }
    }

    private static final String WHERE = " WHERE r.committee_path LIKE :prefix || '%' AND r.day BETWEEN :from AND :to";

    private final JdbcClient jdbc;

    CertificateFigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Total(String key, long total) {
    }

    /** A page of the keys with their totals in the scope, the most asked first. */
    List<Total> totals(By by, String prefix, LocalDate from, LocalDate to, int offset, int limit) {
        return jdbc.sql("SELECT %s AS k, count(*) AS n FROM certificate_request r%s GROUP BY 1 ORDER BY n DESC, k LIMIT :limit OFFSET :offset"
                        .formatted(by.column, WHERE))
                .param("prefix", prefix).param("from", from).param("to", to).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Total(rs.getString(1), rs.getLong(2))).list();
    }

    int keys(By by, String prefix, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(DISTINCT %s) FROM certificate_request r%s".formatted(by.column, WHERE))
                .param("prefix", prefix).param("from", from).param("to", to).query(Integer.class).single();
    }

    /** Counts of the given keys per child path: key → child path → count. */
    Map<String, Map<String, Long>> cells(By by, String prefix, LocalDate from, LocalDate to, List<String> keys,
                                         List<String> childPaths) {
        Map<String, Map<String, Long>> cells = new HashMap<>();
        if (keys.isEmpty() || childPaths.isEmpty()) {
            return cells;
        }
        jdbc.sql("""
                        SELECT %s AS k, c.path, count(*) FROM certificate_request r
                        JOIN unnest(CAST(:paths AS text[])) AS c(path) ON starts_with(r.committee_path, c.path)%s
                          AND %s = ANY(CAST(:keys AS text[]))
                        GROUP BY 1, 2""".formatted(by.column, WHERE, by.column))
                .param("paths", childPaths.toArray(String[]::new)).param("keys", keys.toArray(String[]::new))
                .param("prefix", prefix).param("from", from).param("to", to)
                .query(rs -> {
                    cells.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return cells;
    }
}
