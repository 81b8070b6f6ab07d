package org.linli.casework.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of extension requests and of the limits an approval moves. */
@Repository
class ExtensionStore {

    private static final String REQUEST = """
            SELECT e.id, e.case_id, e.summons_id, e.department_id, p.name AS department_name, e.old_due, e.new_due, e.reason,
                   e.requested_by, e.requested_by_id, e.requested_role, e.requested_at, e.status, e.decided_by, e.decided_at,
                   e.decision_note
            FROM case_extension e LEFT JOIN department p ON p.id = e.department_id
            """;

    /** A department's own summons in the current round, not yet reported: the limit it holds. */
    record OwnSummons(long id, long departmentId, String name, OffsetDateTime reportDue) {
    }

    private final JdbcClient jdbc;

    ExtensionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Extension> of(long caseId) {
        return jdbc.sql(REQUEST + " WHERE e.case_id = :c ORDER BY e.requested_at DESC, e.id DESC")
                .param("c", caseId).query(Extension.class).list();
    }

    /** The request, locked for the decision. */
    Optional<Extension> forDecision(long caseId, long requestId) {
        return jdbc.sql(REQUEST + " WHERE e.id = :r AND e.case_id = :c FOR UPDATE OF e")
                .param("r", requestId).param("c", caseId).query(Extension.class).optional();
    }

    Optional<OwnSummons> ownSummons(long caseId, long departmentId) {
        return jdbc.sql("""
                        SELECT s.id, s.department_id, p.name, s.report_due
                        FROM case_summons s JOIN department p ON p.id = s.department_id
                        WHERE s.case_id = :c AND s.department_id = :d AND s.reported_at IS NULL
                          AND s.round = (SELECT max(round) FROM case_summons WHERE case_id = :c)""")
                .param("c", caseId).param("d", departmentId).query(OwnSummons.class).optional();
    }

    /** A request left waiting for an earlier limit (passed, or moved since) no longer stands in the way. */
    void lapseStale(long caseId, long target, OffsetDateTime due, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE case_extension SET status = 'LAPSED', decided_at = :now, decided_by = :by
                        WHERE case_id = :c AND coalesce(summons_id, 0) = :t AND status = 'PENDING' AND (old_due <> :due OR old_due <= :now)""")
                .param("now", now).param("c", caseId).param("t", target).param("due", due).param("by", "系统").update();
    }

    boolean pendingFor(long caseId, long target) {
        return jdbc.sql("SELECT count(*) FROM case_extension WHERE case_id = :c AND coalesce(summons_id, 0) = :t AND status = 'PENDING'")
                .param("c", caseId).param("t", target).query(Long.class).single() > 0;
    }

    /** False if a concurrent request for the same limit got in first (the partial unique index). */
    boolean insert(long caseId, Holding h, OffsetDateTime newDue, String reason, String by, Long byId, String role,
                   OffsetDateTime now) {
        try {
            jdbc.sql("""
                            INSERT INTO case_extension (case_id, summons_id, department_id, old_due, new_due, reason, requested_by,
                                                        requested_by_id, requested_role, requested_at)
                            VALUES (:c, :s, :d, :old, :new, :r, :by, :byId, :role, :now)""")
                    .param("c", caseId).param("s", h.summonsId()).param("d", h.departmentId()).param("old", h.due())
                    .param("new", newDue).param("r", reason).param("by", by).param("byId", byId).param("role", role)
                    .param("now", now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Moves the case's finishing limit if it is still the one asked about; a new version, so a stale copy cannot put it back. */
    boolean moveFinishDue(long caseId, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE case_record SET finish_due = :new, extension_count = extension_count + 1, version = version + 1,
                               updated_at = :now
                        WHERE id = :c AND finish_due = :old""")
                .param("now", now).param("c", caseId).param("new", to).param("old", from).update() == 1;
    }

    /** Moves a summons' report limit if it is still the one asked about and not yet reported. */
    boolean moveReportDue(long caseId, long summonsId, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        boolean moved = jdbc.sql("UPDATE case_summons SET report_due = :new WHERE id = :s AND report_due = :old AND reported_at IS NULL")
                .param("s", summonsId).param("new", to).param("old", from).update() == 1;
        if (moved) {
            jdbc.sql("UPDATE case_record SET extension_count = extension_count + 1, updated_at = :now WHERE id = :c")
                    .param("now", now).param("c", caseId).update();
        }
        return moved;
    }

    void decide(long requestId, Extension.State state, String note, String by, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE case_extension SET status = :s, decided_by = :by, decided_at = :now, decision_note = :n
                        WHERE id = :id AND status = 'PENDING'""")
                .param("now", now).param("s", state.name()).param("by", by).param("n", note).param("id", requestId).update();
    }
}
