package org.linli.division;

import java.util.List;
import java.util.Optional;

import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The division module's face: reads of the hierarchy, always limited to a data scope. A node
 * outside the scope is reported exactly like a node that does not exist.
 */
@Service
public class Divisions {

    static final String COLUMNS = """
            id, code, name, level, kind, parent_id, path, child_count, descendant_count, address, floors, entrances\s""";

    private final JdbcClient jdbc;

    Divisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Division> find(long id, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE id = :id AND path LIKE :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(Division.class)
                .optional();
    }

    public Division get(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("division " + id));
    }

    /** A node by id regardless of scope: only for deciding an account's own scope at sign-in. */
    public Optional<Division> findUnscoped(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE id = :id")
                .param("id", id)
                .query(Division.class)
                .optional();
    }

    public Optional<Division> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE code = :code")
                .param("code", code)
                .query(Division.class)
                .optional();
    }

    public List<Division> children(Division parent, DataScope scope, int offset, int limit) {
        return children(parent, scope, ChildOrder.CODE, offset, limit);
    }

    /** How a node's children may be sorted; a closed set, so no column name comes from the request. */
    public enum ChildOrder {
        CODE("code"), NAME("convert_to(name, 'GB18030'), code"), DESCENDANTS("descendant_count DESC, code");

        private final String sql;

        ChildOrder(String sql) {
            this.sql = sql;
        }
    }

    public List<Division> children(Division parent, DataScope scope, ChildOrder order, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM division WHERE parent_id = :parent AND path LIKE :prefix || '%'
                        ORDER BY\s""" + order.sql + " LIMIT :limit OFFSET :offset")
                .param("parent", parent.id())
                .param("prefix", scope.prefix())
                .param("limit", limit)
                .param("offset", offset)
                .query(Division.class)
                .list();
    }

    /** Every node below {@code node} within the scope, in code order, one at a time (for exports). */
    public void forEachDescendant(Division node, DataScope scope, int limit, java.util.function.Consumer<Division> action) {
        try (java.util.stream.Stream<Division> rows = jdbc.sql("SELECT " + COLUMNS + """
                         FROM division WHERE path LIKE :path || '%' AND path <> :exact AND path LIKE :prefix || '%'
                        ORDER BY path LIMIT :limit""")
                .param("path", new DataScope(node.path()).prefix())
                .param("exact", node.path())
                .param("prefix", scope.prefix())
                .param("limit", limit)
                .query(Division.class)
                .stream()) {
            rows.forEach(action);
        }
    }

    /** The nodes from the top of the hierarchy down to {@code node}, for breadcrumbs. */
    public List<Division> lineage(Division node) {
        String[] codes = java.util.Arrays.stream(node.path().split("/")).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE code = ANY(:codes) OR path = '/' ORDER BY length(path)")
                .param("codes", codes)
                .query(Division.class)
                .list();
    }

    /**
     * Nodes by code, whatever the scope: for naming records the caller has already read within its
     * scope (their places, by the last code of their paths), one query for a whole page.
     */
    public List<Division> byCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM division WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(Division.class)
                .list();
    }

    /**
     * Places in scope, of the given levels, whose name the text contains ("泰和家园 3 号楼东侧" names
     * 泰和家园) or, for a text of two characters or more, whose name contains the text; nearest the
     * top first. For systems that name a place in words rather than by code.
     */
    public List<Division> namedIn(String text, DataScope scope, List<Level> levels, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM division
                        WHERE path LIKE :prefix || '%' AND level IN (:levels)
                          AND (strpos(:text, name) > 0 OR (length(:text) >= 2 AND strpos(name, :text) > 0))
                        ORDER BY length(path), code LIMIT :limit""")
                .param("prefix", scope.prefix())
                .param("levels", levels.stream().map(Enum::name).toList())
                .param("text", text)
                .param("limit", limit)
                .query(Division.class)
                .list();
    }

    /** Nodes in scope whose name or code matches, for the search box and pickers. */
    public List<Division> search(String text, DataScope scope, List<Level> levels, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM division
                        WHERE path LIKE :prefix || '%' AND level IN (:levels)
                          AND (name LIKE '%' || :text || '%' OR code LIKE :text || '%')
                        ORDER BY length(path), code LIMIT :limit""")
                .param("prefix", scope.prefix())
                .param("levels", levels.stream().map(Enum::name).toList())
                .param("text", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("limit", limit)
                .query(Division.class)
                .list();
    }

    /** How many nodes of each level lie in the scope, the scope's own node included. */
    public java.util.Map<Level, Long> countByLevel(DataScope scope) {
        java.util.Map<Level, Long> counts = new java.util.EnumMap<>(Level.class);
        jdbc.sql("SELECT level, count(*) FROM division WHERE path LIKE :prefix || '%' GROUP BY level")
                .param("prefix", scope.prefix())
                .query((rs, i) -> counts.put(Level.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }
}
