package org.linli.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits that act: every minute, limits that have passed are recorded against whoever held the
 * case (the committee, or the department that was summoned), the holders are told, and cases of
 * categories that say so escalate to the street by themselves.
 */
@Service
public class Deadlines {

    private static final Logger log = LoggerFactory.getLogger(Deadlines.class);
    static final String CLOCK = "系统（超时自动上报）";

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseNotices notices;
    private final TransactionTemplate tx;
    private final Clock clock;

    Deadlines(JdbcClient jdbc, Cases cases, CaseNotices notices, TransactionTemplate tx, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.cases = cases;
        this.notices = notices;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${linli.cases.deadline-scan:PT1M}", initialDelayString = "PT30S")
    public void scheduled() {
        try {
            scan(OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            log.warn("deadline scan failed", e);
        }
    }

    /** Records and acts on every limit passed by {@code now}; returns how many limits were newly missed. */
    public int scan(OffsetDateTime now) {
        int missed = 0;
        record Due(long id, String stage, OffsetDateTime due) {
        }
        List<Due> community = jdbc.sql("""
                        SELECT c.id, CASE WHEN c.status = 'REPORTED' THEN 'ACCEPT' ELSE 'FINISH' END AS stage,
                               CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END AS due
                        FROM case_record c
                        WHERE c.status IN ('REPORTED', 'ACCEPTED', 'REWORK', 'REOPENED')
                          AND :now > CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END
                          AND NOT EXISTS (SELECT 1 FROM case_overdue o WHERE o.case_id = c.id AND o.stage IN ('ACCEPT', 'FINISH')
                                          AND o.due = CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END)
                        ORDER BY c.id LIMIT 1000""")
                .param("now", now).query(Due.class).list();
        for (Due d : community) {
            missed += tx.execute(s -> communityMissed(d.id(), d.stage(), d.due()));
        }
        record SummonsDue(long id, long caseId, long departmentId, String stage, OffsetDateTime due) {
        }
        List<SummonsDue> departments = jdbc.sql("""
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
        for (SummonsDue d : departments) {
            missed += tx.execute(s -> departmentMissed(d.caseId(), d.departmentId(), d.stage(), d.due()));
        }
        return missed;
    }

    private int communityMissed(long caseId, String stage, OffsetDateTime due) {
        CaseView c = cases.load(caseId);
        String committee = notices.committee(c).map(d -> d.path()).orElse(c.divisionPath());
        if (!record(caseId, stage, committee, null, due)) {
            return 0;
        }
        boolean escalate = c.status().automatic() != null && jdbc.sql("SELECT auto_escalate FROM case_category WHERE code = :c")
                .param("c", c.categoryCode()).query(Boolean.class).single();
        if (escalate) {
            cases.transition(c, c.status().automatic(), ("ACCEPT".equals(stage) ? "超过受理时限" : "超过办结时限") + "，自动上报街道",
                    CLOCK, null, null);
        } else {
            notices.overdue(c, "ACCEPT".equals(stage) ? "受理" : "办结", null);
        }
        return 1;
    }

    private int departmentMissed(long caseId, long departmentId, String stage, OffsetDateTime due) {
        if (!record(caseId, stage, null, departmentId, due)) {
            return 0;
        }
        notices.overdue(cases.load(caseId), "CHECKIN".equals(stage) ? "部门报到" : "部门反馈", departmentId);
        return 1;
    }

    private boolean record(long caseId, String stage, String divisionPath, Long departmentId, OffsetDateTime due) {
        return jdbc.sql("""
                        INSERT INTO case_overdue (case_id, stage, division_path, department_id, due) VALUES (:c, :s, :p, :d, :due)
                        ON CONFLICT DO NOTHING""")
                .param("c", caseId).param("s", stage).param("p", divisionPath).param("d", departmentId).param("due", due)
                .update() == 1;
    }
}
