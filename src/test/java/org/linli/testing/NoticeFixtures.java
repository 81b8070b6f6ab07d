package org.linli.testing;

import org.linli.division.Division;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows a notice module test needs from modules it does not start: notices reference accounts
 * (access) and departments (the case loop) by foreign key, so the test writes those rows itself.
 */
public final class NoticeFixtures {

    private NoticeFixtures() {
    }

    /** An account row of the role at the division; returns who it is, signed in. */
    public static TestUser account(JdbcClient jdbc, String username, String name, Role role, Division division) {
        long id = jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash, role, division_id, division_path)
                        VALUES (:u, :n, 'x', :r, :d, :p) ON CONFLICT (username) DO UPDATE SET display_name = :n RETURNING id""")
                .param("u", username).param("n", name).param("r", role.name()).param("d", division.id())
                .param("p", division.path()).query(Long.class).single();
        return TestUser.of(id, username, name, role, division);
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
