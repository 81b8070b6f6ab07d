package org.linli.benefits.catalogue;

import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;

/**
 * Who a rule is compiled as when the module matches on its own (publishing's bulk match, the daily
 * job, a resident's change): an administrator of the benefit's region. The author's right to the
 * fields was checked when the version was saved; compiling again must not depend on who is signed in.
 */
public record SystemAuthor(DataScope scope) implements CurrentUser {

    public static SystemAuthor of(Benefit benefit) {
        return new SystemAuthor(new DataScope(benefit.regionPath()));
    }

    @Override
    public long accountId() {
        return 0;
    }

    @Override
    public String username() {
        return "system";
    }

    @Override
    public String displayName() {
        return "系统";
    }

    @Override
    public Role role() {
        return Role.DISTRICT_ADMIN;
    }

    @Override
    public long divisionId() {
        return 0;
    }
}
