package org.linli.testing;

import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone signed in, for a module test that calls a use case directly (no access module): an id,
 * a role and a division, whose path is the scope.
 */
public record TestUser(long accountId, String username, String displayName, Role role, long divisionId, DataScope scope)
        implements CurrentUser {

    public static TestUser of(long accountId, String username, String displayName, Role role, Division division) {
        return new TestUser(accountId, username, displayName, role, division.id(), new DataScope(division.path()));
    }

    /**
     * Someone with a row in the access module's account table, for modules whose rows reference
     * accounts by foreign key (comments, notices); the same username gives the same account.
     */
    public static TestUser withAccount(JdbcClient jdbc, String username, String displayName, Role role, Division division) {
        long id = jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash, role, division_id, division_path)
                        VALUES (:u, :n, 'x', :r, :d, :p) ON CONFLICT (username) DO UPDATE SET display_name = :n RETURNING id""")
                .param("u", username).param("n", displayName).param("r", role.name()).param("d", division.id())
                .param("p", division.path()).query(Long.class).single();
        return of(id, username, displayName, role, division);
    }
}
