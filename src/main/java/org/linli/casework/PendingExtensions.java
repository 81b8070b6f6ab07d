package org.linli.casework;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the street's waiting requests: pending, their limit not yet passed, within its scope. */
@Repository
class PendingExtensions {

    private final JdbcClient jdbc;

    PendingExtensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Extensions.Pending> pending(String prefix, OffsetDateTime now, int limit) {
        return jdbc.sql("""
                        SELECT e.id, e.case_id, c.number, c.title, p.name AS department_name, e.old_due, e.new_due, e.requested_by,
                               e.requested_at
                        FROM case_extension e JOIN case_record c ON c.id = e.case_id LEFT JOIN department p ON p.id = e.department_id
                        WHERE e.status = 'PENDING' AND e.old_due > :now AND c.division_path LIKE :prefix || '%'
                        ORDER BY e.old_due, e.id LIMIT :limit""")
                .param("now", now).param("prefix", prefix).param("limit", limit).query(Extensions.Pending.class).list();
    }

    long count(String prefix, OffsetDateTime now) {
        return jdbc.sql("""
                        SELECT count(*) FROM case_extension e JOIN case_record c ON c.id = e.case_id
                        WHERE e.status = 'PENDING' AND e.old_due > :now AND c.division_path LIKE :prefix || '%'""")
                .param("now", now).param("prefix", prefix).query(Long.class).single();
    }
}
