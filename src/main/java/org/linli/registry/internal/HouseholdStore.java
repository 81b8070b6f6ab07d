package org.linli.registry.internal;

import java.time.LocalDate;
import java.util.function.ObjIntConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code household} table: households open in a dwelling, closed when nobody lives there any more. */
@Component
public class HouseholdStore {

    private final JdbcClient jdbc;

    HouseholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long open(long dwellingId, String divisionPath) {
        return jdbc.sql("INSERT INTO household (dwelling_id, division_path) VALUES (:d, :p) RETURNING id")
                .param("d", dwellingId).param("p", divisionPath).query(Long.class).single();
    }

    /** Closes the household on {@code on}, or opens it again with null. */
    public void closeOn(long householdId, LocalDate on) {
        jdbc.sql("UPDATE household SET closed_on = :on WHERE id = :h").param("on", on).param("h", householdId).update();
    }

    /** Open households below a committee's path. */
    public int openIn(String committeePath) {
        return jdbc.sql("SELECT count(*) FROM household WHERE closed_on IS NULL AND division_path LIKE :p || '%'")
                .param("p", committeePath).query(Integer.class).single();
    }

    /** Open households of every committee that has any, by the committee's path. */
    public void openByCommittee(ObjIntConsumer<String> counted) {
        jdbc.sql("""
                        SELECT substring(division_path from '^(/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/)') AS committee, count(*) AS n
                        FROM household WHERE closed_on IS NULL GROUP BY 1""")
                .query((rs, i) -> {
                    counted.accept(rs.getString(1), rs.getInt(2));
                    return null;
                })
                .list();
    }
}
