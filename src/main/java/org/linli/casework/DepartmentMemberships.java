package org.linli.casework;

import java.util.Set;

import org.linli.notice.Memberships;
import org.springframework.stereotype.Component;

/** Tells the notice module which departments an account acts for, from the case loop's department members. */
@Component
class DepartmentMemberships implements Memberships {

    private final DepartmentStore store;

    DepartmentMemberships(DepartmentStore store) {
        this.store = store;
    }

    @Override
    public Set<Long> departmentsOf(long accountId) {
        return store.departmentsOf(accountId);
    }
}
