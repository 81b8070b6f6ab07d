package org.linli.division;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.linli.division.Buildings.Named;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Buildings with their estate's name (the parent row); every read binds the scope's prefix. */
@Component
class BuildingStore {

    private static final String SELECT = "SELECT " + Arrays.stream(DivisionStore.COLUMNS.strip().split(","))
            .map(c -> "b." + c.strip()).collect(Collectors.joining(", ")) + """
            , e.name AS estate_name
            FROM division b LEFT JOIN division e ON e.id = b.parent_id
            WHERE b.path LIKE :prefix || '%' AND b.level = 'BUILDING'
            """;

    private final JdbcClient jdbc;
    private final RowMapper<Named> named;

    BuildingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        RowMapper<Division> division = new DataClassRowMapper<>(Division.class);
        this.named = (rs, i) -> new Named(division.mapRow(rs, i), rs.getString("estate_name"));
    }

    /** {@code like} has LIKE's wildcards escaped and no spaces. */
    List<Named> search(String like, DataScope scope, int limit) {
        return jdbc.sql(SELECT + """
                          AND (coalesce(e.name, '') || b.name LIKE '%' || :text || '%' OR b.code LIKE :text || '%')
                        ORDER BY b.code LIMIT :limit""")
                .param("prefix", scope.prefix()).param("text", like).param("limit", limit)
                .query(named).list();
    }

    Optional<Named> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " AND b.id = :id").param("prefix", scope.prefix()).param("id", id)
                .query(named).optional();
    }
}
