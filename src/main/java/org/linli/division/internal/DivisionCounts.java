package org.linli.division.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each node's child and descendant counts, so the tree answers with counts without
 * counting 660,000 rows per request.
 */
@Component
public class DivisionCounts {

    private final JdbcClient jdbc;

    DivisionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** After a bulk import: one aggregate over the whole table, touching only rows that change. */
    public void recomputeAll() {
        jdbc.sql("""
                UPDATE division d SET child_count = c.n
                FROM (SELECT p.id, count(x.id) AS n FROM division p LEFT JOIN division x ON x.parent_id = p.id
                      GROUP BY p.id) c
                WHERE d.id = c.id AND d.child_count <> c.n""").update();
        jdbc.sql("""
                UPDATE division d SET descendant_count = c.n
                FROM (SELECT a.code, count(*) - 1 AS n
                      FROM division x, unnest(string_to_array(trim(both '/' from x.path), '/')) AS a(code)
                      GROUP BY a.code) c
                WHERE d.code = c.code AND d.descendant_count <> c.n""").update();
        jdbc.sql("""
                UPDATE division SET descendant_count = (SELECT count(*) - 1 FROM division)
                WHERE path = '/'""").update();
    }

    /** After one node was added under {@code parentPath}: its parent and every ancestor grow by one. */
    public void nodeAdded(long parentId, String parentPath) {
        jdbc.sql("UPDATE division SET child_count = child_count + 1 WHERE id = :id").param("id", parentId).update();
        jdbc.sql("UPDATE division SET descendant_count = descendant_count + 1 WHERE code = ANY(:codes) OR path = '/'")
                .param("codes", ancestorCodes(parentPath))
                .update();
    }

    static String[] ancestorCodes(String path) {
        List<String> codes = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        return codes.toArray(String[]::new);
    }
}
