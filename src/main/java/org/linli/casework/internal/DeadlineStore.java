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

    /**
     * The committee's limits: to accept while reported, to finish while open; and while a grid
     * holds the case (dispatched or taken), the grid's limit too, when it ends before the case's own.
     */
    List<CommunityDue> communityMissed(OffsetDateTime now) {
        return jdbc.sql("""
                        SELECT c.id, x.stage, x.due
                        FROM case_record c
                        CROSS JOIN LATERAL (VALUES
                            (CASE WHEN c.status = 'REPORTED' THEN 'ACCEPT' ELSE 'FINISH' END,
                             CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END),
                            ('GRID', CASE WHEN c.status IN ('DISPATCHED', 'HANDLING') AND c.dispatch_due < c.finish_due
                                          THEN c.dispatch_due END)) AS x (stage, due)
                        WHERE c.status IN ('REPORTED', 'ACCEPTED', 'REWORK', 'REOPENED', 'DISPATCHED', 'HANDLING')
                          AND x.due IS NOT NULL AND :now > x.due
                          AND NOT EXISTS (SELECT 1 FROM case_overdue o WHERE o.case_id = c.id AND o.due = x.due
                                          AND (o.stage = x.stage OR (x.stage <> 'GRID' AND o.stage IN ('ACCEPT', 'FINISH'))))
                        ORDER BY c.id, x.due LIMIT 1000""")
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
