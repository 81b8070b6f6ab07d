package org.linli.casework.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of summonses: each department summoned in a round, its check-in and its report. */
@Repository
class SummonsStore {

    private final JdbcClient jdbc;

    SummonsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Summons.Summoned> of(long caseId) {
        return jdbc.sql("""
                        SELECT s.id, s.department_id, p.name AS department_name, s.round, s.is_lead AS lead, s.summoned_at, s.checkin_due,
                               s.checked_in_at, s.report_due, s.reported_at, s.report_note
                        FROM case_summons s JOIN department p ON p.id = s.department_id
                        WHERE s.case_id = :c ORDER BY s.round DESC, s.is_lead DESC, p.name""")
                .param("c", caseId).query(Summons.Summoned.class).list();
    }

    int nextRound(long caseId) {
        return jdbc.sql("SELECT coalesce(max(round), 0) + 1 FROM case_summons WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single();
    }

    void summon(long caseId, long departmentId, int round, boolean leading, OffsetDateTime now, String by,
                OffsetDateTime checkinDue, OffsetDateTime reportDue) {
        jdbc.sql("""
                        INSERT INTO case_summons (case_id, department_id, round, is_lead, summoned_at, summoned_by, checkin_due, report_due)
                        VALUES (:c, :d, :r, :l, :now, :by, :cd, :rd)""")
                .param("c", caseId).param("d", departmentId).param("r", round).param("l", leading).param("now", now)
                .param("by", by).param("cd", checkinDue).param("rd", reportDue).update();
    }

    /** Signs for the current round's whistle; false if the department has none waiting. */
    boolean checkIn(long caseId, long departmentId, OffsetDateTime now, String by) {
        return jdbc.sql("""
                        UPDATE case_summons SET checked_in_at = :now, checked_in_by = :by
                        WHERE case_id = :c AND department_id = :d AND checked_in_at IS NULL
                          AND round = (SELECT max(round) FROM case_summons WHERE case_id = :c)""")
                .param("now", now).param("c", caseId).param("d", departmentId).param("by", by).update() == 1;
    }

    /** Reports for the current round, once checked in; false if not checked in or already reported. */
    boolean reportBack(long caseId, long departmentId, OffsetDateTime now, String by, String note) {
        return jdbc.sql("""
                        UPDATE case_summons SET reported_at = :now, reported_by = :by, report_note = :n
                        WHERE case_id = :c AND department_id = :d AND reported_at IS NULL AND checked_in_at IS NOT NULL
                          AND round = (SELECT max(round) FROM case_summons WHERE case_id = :c)""")
                .param("now", now).param("c", caseId).param("d", departmentId).param("by", by).param("n", note).update() == 1;
    }

    long waitingReports(long caseId) {
        return jdbc.sql("""
                        SELECT count(*) FROM case_summons WHERE case_id = :c AND reported_at IS NULL
                          AND round = (SELECT max(round) FROM case_summons WHERE case_id = :c)""")
                .param("c", caseId).query(Long.class).single();
    }
}
