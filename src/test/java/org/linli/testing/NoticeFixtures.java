package org.linli.testing;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows a notice module test needs from modules it does not start: notices reference departments
 * (the case loop) by foreign key, so the test writes those rows itself (accounts: {@link TestUser#withAccount}).
 */
public final class NoticeFixtures {

    private NoticeFixtures() {
    }

    /** A department row at the division; returns its id. */
    public static long department(JdbcClient jdbc, String code, String name, Division division) {
        return jdbc.sql("""
                        INSERT INTO department (code, name, division_id, division_path) VALUES (:c, :n, :d, :p)
                        ON CONFLICT (code) DO UPDATE SET name = :n RETURNING id""")
                .param("c", code).param("n", name).param("d", division.id()).param("p", division.path())
                .query(Long.class).single();
    }
}
