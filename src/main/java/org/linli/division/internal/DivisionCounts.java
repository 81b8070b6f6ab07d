package org.linli.division.internal;

import java.util.Arrays;
import java.util.List;

import org.linli.division.Level;
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

    /**
     * After a bulk import: bottom-up, one level at a time, each parent's counts are summed from its
     * children (children = rows of the level below; descendants = children plus theirs). Each step
     * scans one level once and only rewrites parents whose counts changed.
     */
    public void recomputeAll() {
        Level[] levels = Level.values();
        for (int i = levels.length - 1; i > 0; i--) {
            jdbc.sql("""
                    UPDATE division p SET child_count = c.children, descendant_count = c.descendants
                    FROM (SELECT parent_id, count(*) AS children, sum(1 + descendant_count) AS descendants
                          FROM division WHERE level = :level GROUP BY parent_id) c
                    WHERE p.id = c.parent_id
                      AND (p.child_count <> c.children OR p.descendant_count <> c.descendants)""")
                    .param("level", levels[i].name())
                    .update();
        }
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
