package org.linli.division;

import java.util.Collection;
import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code division} reads of address matching: the places of a scope whose names or roads
 * occur in a text, and the buildings of some estates. Every read is bounded by the scope and a
 * limit; the text's words are compared with {@code strpos}, so no LIKE pattern is built from it.
 */
@Component
class AddressStore {

    /**
     * A name without the kind people leave out when they write it (居委会, 小区, 家园…), so that
     * "泰和3号楼" finds 泰和家园; the Java side ({@link AddressText#names}) does the same, more carefully.
     */
    private static final String CORE = """
            regexp_replace(name, '(社区居民委员会|社区居委会|居民委员会|居委会|村民委员会|村委会|街道办事处|街道|家属院|小区|花园|家园|花苑|公寓|新村|苑)$', '')""";

    private final JdbcClient jdbc;

    AddressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Places of the levels in scope that the text may name: their whole name or its core occurs in
     * the text (normalised or only made plain), the text is part of their name, or (estates) their
     * address's road occurs in it. Those inside {@code areas} (paths of places the text names
     * above them) come first, then the shallower; at most {@code limit}.
     */
    List<Division> named(String text, String plain, DataScope scope, List<Level> levels, Collection<String> areas, int limit) {
        return jdbc.sql("SELECT " + DivisionStore.COLUMNS + " FROM (SELECT " + DivisionStore.COLUMNS + ", " + CORE + """
                         AS core, substring(coalesce(address, '') from '^[^0-9０-９]*') AS road
                          FROM division WHERE path LIKE :prefix || '%' AND level IN (:levels)) d
                        WHERE strpos(:text, name) > 0 OR strpos(:plain, name) > 0
                           OR (length(core) >= 2 AND (strpos(:text, core) > 0 OR strpos(:plain, core) > 0))
                           OR (length(:text) >= 2 AND strpos(name, :text) > 0)
                           OR (length(road) >= 2 AND strpos(:text, road) > 0)
                        ORDER BY CASE WHEN path LIKE ANY (:areas) THEN 0 ELSE 1 END, length(path), code
                        LIMIT :limit""")
                .param("prefix", scope.prefix()).param("levels", levels.stream().map(Enum::name).toList())
                .param("text", text).param("plain", plain)
                .param("areas", areas.stream().map(p -> p + "%").toArray(String[]::new))
                .param("limit", limit).query(Division.class).list();
    }

    /** The buildings of these estates, within the scope, at most {@code limit}. */
    List<Division> buildingsOf(Collection<Long> estates, DataScope scope, int limit) {
        if (estates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DivisionStore.COLUMNS + """
                         FROM division WHERE parent_id = ANY(:estates) AND level = 'BUILDING' AND path LIKE :prefix || '%'
                        ORDER BY path LIMIT :limit""")
                .param("estates", estates.toArray(Long[]::new)).param("prefix", scope.prefix()).param("limit", limit)
                .query(Division.class).list();
    }
}
