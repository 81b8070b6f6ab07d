package org.linli.demo;

import org.linli.access.Account;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;

/** A demo account (or a committee's stand-in keeper) as the use cases take it, without signing in. */
record DemoUser(long accountId, String username, String displayName, Role role, long divisionId, DataScope scope)
        implements CurrentUser {

    static DemoUser of(Account a) {
        return new DemoUser(a.id(), a.username(), a.displayName(), a.role(), a.divisionId(), new DataScope(a.divisionPath()));
    }
}
