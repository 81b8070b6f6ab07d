package org.linli.casework.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the deadline scan: limits passed and not yet recorded, and the record of each miss. */
@Repository
class DeadlineStore {

    /** A limit of the committee (to accept, to finish) passed on an open case. */
    record CommunityDue(long id, String stage, OffsetDateTime due) {
    }

    /** A limit of a summoned department (to check in, to report) passed in the current round. */
    record SummonsDue(long id, long caseId, long departmentId, String stage, OffsetDateTime due) {
    }

    private final JdbcClient jdbc;

    DeadlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CommunityDue> communityMissed(OffsetDateTime now) {
        return jdbc.sql("""
                        SELECT c.id, CASE WHEN c.status = 'REPORTED' THEN 'ACCEPT' ELSE 'FINISH' END AS stage,
                               CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END AS due
                        FROM case_record c
                        WHERE c.status IN ('REPORTED', 'ACCEPTED', 'REWORK', 'REOPENED')
                          AND :now > CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END
                          AND NOT EXISTS (SELECT 1 FROM case_overdue o WHERE o.case_id = c.id AND o.stage IN ('ACCEPT', 'FINISH')
                                          AND o.due = CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END)
                        ORDER BY c.id LIMIT 1000""")
                .param("now", now).query(CommunityDue.class).list();
    }

    List<SummonsDue> departmentsMissed(OffsetDateTime now) {
        return jdbc.sql("""
                        SELECT s.id, s.case_id, s.department_id,
                               CASE WHEN s.checked_in_at IS NULL THEN 'CHECKIN' ELSE 'REPORT' END AS stage,
                               CASE WHEN s.checked_in_at IS NULL THEN s.checkin_due ELSE s.report_due END AS due
                        FROM case_summons s JOIN case_record c ON c.id = s.case_id
                        WHERE c.status = 'SUMMONED' AND s.reported_at IS NULL
                          AND :now > CASE WHEN s.checked_in_at IS NULL THEN s.checkin_due ELSE s.report_due END
                          AND NOT EXISTS (SELECT 1 FROM case_overdue o WHERE o.case_id = s.case_id
                                          AND o.department_id = s.department_id
                                          AND o.due = CASE WHEN s.checked_in_at IS NULL THEN s.checkin_due ELSE s.report_due END)
                        ORDER BY s.id LIMIT 1000""")
                .param("now", now).query(SummonsDue.class).list();
    }

    boolean autoEscalates(String category) {
        return jdbc.sql("SELECT auto_escalate FROM case_category WHERE code = :c").param("c", category).query(Boolean.class).single();
    }

    /** Records a miss once; false if it was already recorded. */
    boolean record(long caseId, String stage, String divisionPath, Long departmentId, OffsetDateTime due, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO case_overdue (case_id, stage, division_path, department_id, due, noticed_at)
                        VALUES (:c, :s, :p, :d, :due, :now)
                        ON CONFLICT DO NOTHING""")
                .param("c", caseId).param("s", stage).param("p", divisionPath).param("d", departmentId).param("due", due)
                .param("now", now).update() == 1;
    }
}
