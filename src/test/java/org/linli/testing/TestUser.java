package org.linli.testing;

import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;

/**
 * Someone signed in, for a module test that calls a use case directly (no access module, no
 * accounts): an id, a role and a division, whose path is the scope.
 */
public record TestUser(long accountId, String username, String displayName, Role role, long divisionId, DataScope scope)
        implements CurrentUser {

    public static TestUser of(long accountId, String username, String displayName, Role role, Division division) {
        return new TestUser(accountId, username, displayName, role, division.id(), new DataScope(division.path()));
    }
}
