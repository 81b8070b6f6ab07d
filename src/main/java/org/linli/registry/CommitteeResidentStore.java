package org.linli.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.linli.registry.internal.ResidentViews;
import org.linli.registry.internal.Vault;
import org.linli.shared.IdNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind {@link CommitteeResidents}. */
@Component
class CommitteeResidentStore {

    private static final String VIEW = "SELECT " + ResidentViews.COLUMNS + """

            FROM resident r JOIN household h ON h.id = r.household_id JOIN dwelling d ON d.id = h.dwelling_id
            """;

    private final JdbcClient jdbc;
    private final Vault vault;
    private final RowMapper<ResidentView> views;

    CommitteeResidentStore(JdbcClient jdbc, Vault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.views = ResidentViews.mapper(vault);
    }

    List<Long> adults(String committeePath, LocalDate bornBy) {
        return jdbc.sql("""
                        SELECT r.id FROM resident r
                        WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :born ORDER BY r.id""")
                .param("p", committeePath).param("born", bornBy).query(Long.class).list();
    }

    List<Long> households(String committeePath, LocalDate bornBy) {
        return jdbc.sql("""
                        SELECT DISTINCT r.household_id FROM resident r JOIN household h ON h.id = r.household_id
                        WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :born
                          AND h.closed_on IS NULL
                        ORDER BY r.household_id""")
                .param("p", committeePath).param("born", bornBy).query(Long.class).list();
    }

    java.util.Map<String, Integer> householdsByBuilding(String path) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT h.division_path, count(*) FROM household h
                        WHERE h.division_path LIKE :p || '%' AND h.closed_on IS NULL
                        GROUP BY h.division_path ORDER BY h.division_path""")
                .param("p", path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    List<ResidentView> find(Collection<Long> ids) {
        return jdbc.sql(VIEW + "WHERE r.id = ANY(:ids) ORDER BY r.id").param("ids", ids.toArray(Long[]::new))
                .query(views).list();
    }

    List<ResidentView> heads(Collection<Long> householdIds) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (r.household_id) """ + ResidentViews.COLUMNS + """

                        FROM resident r JOIN household h ON h.id = r.household_id JOIN dwelling d ON d.id = h.dwelling_id
                        WHERE r.household_id = ANY(:ids)
                        ORDER BY r.household_id, r.relation = 'HEAD' DESC, r.birth_date, r.id""")
                .param("ids", householdIds.toArray(Long[]::new)).query(views).list();
    }

    List<ResidentView> searchAdults(String committeePath, String text, LocalDate bornBy, int limit) {
        String prefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(VIEW + """
                        WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :born
                          AND (r.name LIKE :q || '%' OR r.id_last4_hash = :last4)
                        ORDER BY r.name, r.id LIMIT :limit""")
                .param("p", committeePath).param("born", bornBy).param("q", prefix).param("last4", vault.hashIdLast4(text))
                .param("limit", limit).query(views).list();
    }

    Optional<ResidentView> findByIdHash(String committeePath, IdNumber id) {
        return jdbc.sql(VIEW + "WHERE r.id_hash = :h AND r.division_path LIKE :p || '%'")
                .param("h", vault.hash(id.value())).param("p", committeePath).query(views).optional();
    }
}
