package org.linli.division;

import java.util.Collection;
import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code division} reads of the place picker: by name within a scope, and names along paths. */
@Component
class PlaceNameStore {

    private final JdbcClient jdbc;

    PlaceNameStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Nodes in scope of the given levels whose name contains the text, and the children of those of
     * the levels too ("泰和" finds 泰和家园 and its buildings), nearest the top first.
     */
    List<Division> containing(String text, DataScope scope, List<Level> levels, int limit) {
        return jdbc.sql("""
                        WITH hit AS (
                            SELECT id FROM division
                             WHERE path LIKE :prefix || '%' AND level IN (:levels) AND name LIKE '%' || :text || '%'
                             ORDER BY length(path), code LIMIT :limit)
                        SELECT\s""" + DivisionStore.COLUMNS + """
                          FROM division d
                         WHERE d.id IN (SELECT id FROM hit)
                            OR (d.parent_id IN (SELECT id FROM hit) AND d.level IN (:levels) AND d.path LIKE :prefix || '%')
                         ORDER BY d.path LIMIT :limit""")
                .param("prefix", scope.prefix()).param("levels", names(levels)).param("text", escape(text))
                .param("limit", limit).query(Division.class).list();
    }

    /** Nodes in scope of the given levels named exactly so. */
    List<Division> named(String name, DataScope scope, List<Level> levels, int limit) {
        return jdbc.sql("SELECT " + DivisionStore.COLUMNS + """
                         FROM division WHERE path LIKE :prefix || '%' AND level IN (:levels) AND name = :name
                        ORDER BY path LIMIT :limit""")
                .param("prefix", scope.prefix()).param("levels", names(levels)).param("name", name).param("limit", limit)
                .query(Division.class).list();
    }

    /** The nodes whose codes make up these paths, for naming them. */
    List<Division> along(Collection<String> paths) {
        String[] codes = paths.stream().flatMap(p -> java.util.Arrays.stream(p.split("/"))).filter(c -> !c.isEmpty())
                .distinct().toArray(String[]::new);
        return jdbc.sql("SELECT " + DivisionStore.COLUMNS + " FROM division WHERE code = ANY(:codes)")
                .param("codes", codes).query(Division.class).list();
    }

    private static List<String> names(List<Level> levels) {
        return levels.stream().map(Enum::name).toList();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
