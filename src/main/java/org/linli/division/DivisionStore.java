package org.linli.division;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the {@code division} table; every read but the unscoped ones binds the scope's prefix. */
@Component
class DivisionStore {

    static final String COLUMNS = """
            id, code, name, level, kind, parent_id, path, child_count, descendant_count, address, floors, entrances\s""";

    private final JdbcClient jdbc;

    DivisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Division> find(long id, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE id = :id AND path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix())
                .query(Division.class).optional();
    }

    Optional<Division> findUnscoped(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE id = :id").param("id", id)
                .query(Division.class).optional();
    }

    Optional<Division> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE code = :code").param("code", code)
                .query(Division.class).optional();
    }

    List<Division> children(Division parent, DataScope scope, String orderBy, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM division WHERE parent_id = :parent AND path LIKE :prefix || '%'
                        ORDER BY\s""" + orderBy + " LIMIT :limit OFFSET :offset")
                .param("parent", parent.id()).param("prefix", scope.prefix())
                .param("limit", limit).param("offset", offset)
                .query(Division.class).list();
    }

    void forEachDescendant(Division node, DataScope scope, int limit, Consumer<Division> action) {
        try (Stream<Division> rows = jdbc.sql("SELECT " + COLUMNS + """
                         FROM division WHERE path LIKE :path || '%' AND path <> :exact AND path LIKE :prefix || '%'
                        ORDER BY path LIMIT :limit""")
                .param("path", new DataScope(node.path()).prefix()).param("exact", node.path())
                .param("prefix", scope.prefix()).param("limit", limit)
                .query(Division.class).stream()) {
            rows.forEach(action);
        }
    }

    List<Division> lineage(Division node) {
        String[] codes = Arrays.stream(node.path().split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE code = ANY(:codes) OR path = '/' ORDER BY length(path)")
                .param("codes", codes)
                .query(Division.class).list();
    }

    List<Division> byCodes(java.util.Collection<String> codes) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new)).query(Division.class).list();
    }

    List<Division> namedIn(String text, DataScope scope, List<Level> levels, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM division
                        WHERE path LIKE :prefix || '%' AND level IN (:levels)
                          AND (strpos(:text, name) > 0 OR (length(:text) >= 2 AND strpos(name, :text) > 0))
                        ORDER BY length(path), code LIMIT :limit""")
                .param("prefix", scope.prefix()).param("levels", levels.stream().map(Enum::name).toList())
                .param("text", text).param("limit", limit).query(Division.class).list();
    }

    List<Division> search(String text, DataScope scope, List<Level> levels, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM division
                        WHERE path LIKE :prefix || '%' AND level IN (:levels)
                          AND (name LIKE '%' || :text || '%' OR code LIKE :text || '%')
                        ORDER BY length(path), code LIMIT :limit""")
                .param("prefix", scope.prefix())
                .param("levels", levels.stream().map(Enum::name).toList())
                .param("text", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("limit", limit)
                .query(Division.class).list();
    }

    Map<Level, Long> countByLevel(DataScope scope) {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        jdbc.sql("SELECT level, count(*) FROM division WHERE path LIKE :prefix || '%' GROUP BY level")
                .param("prefix", scope.prefix())
                .query((rs, i) -> counts.put(Level.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    /** A building's grid is its estate's parent, or its parent where it stands in the grid itself. */
    Map<Long, Integer> buildingsPerGrid(DataScope scope) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT CASE WHEN p.level = 'GRID' THEN p.id ELSE p.parent_id END, count(*)
                          FROM division b JOIN division p ON p.id = b.parent_id
                         WHERE b.level = 'BUILDING' AND b.path LIKE :prefix || '%'
                         GROUP BY 1""")
                .param("prefix", scope.prefix())
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return counts;
    }
}
