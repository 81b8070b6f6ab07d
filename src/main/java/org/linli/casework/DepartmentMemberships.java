package org.linli.casework;

import java.util.Set;

import org.linli.notice.Memberships;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the notice module which departments an account acts for, from the case loop's department members. */
@Component
class DepartmentMemberships implements Memberships {

    private final JdbcClient jdbc;

    DepartmentMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> departmentsOf(long accountId) {
        return Set.copyOf(jdbc.sql("SELECT department_id FROM department_member WHERE account_id = :a").param("a", accountId)
                .query(Long.class).list());
    }
}
