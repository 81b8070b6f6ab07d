package org.linli.services.errands;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of errands. Who sees an errand is one condition, {@link Seer#sql}: staff by the
 * resident's building below their scope, a resident only their own.
 */
@Repository
class ErrandStore {

    private static final String COLUMNS = """
            SELECT e.id, e.committee_id, e.committee_path, e.division_path, e.service_id, e.service_title, e.resident_id,
                   e.household_id, e.resident_account_id, e.details, e.status, e.asked_by, e.asked_at, e.due_at, e.taken_by,
                   e.taken_at, e.finished_at, e.result, e.rating, e.rating_comment, e.rated_at, e.version
            FROM errand e""";
    private static final String FILTERS = """
             AND (:status = '' OR (:status = 'OPEN' AND e.status NOT IN ('DONE', 'FAILED')) OR e.status = :status)
             AND (NOT :overdue OR (e.status NOT IN ('DONE', 'FAILED') AND e.due_at < :now))
             AND (:q = '' OR strpos(e.service_title, :q) > 0)""";

    /** Who is looking: staff within a path, or a resident (their record and account). */
    record Seer(String prefix, Long residentId, long accountId) {

        String sql() {
            return prefix != null ? "e.division_path LIKE :prefix || '%'"
                    : "(e.resident_id = :resident OR e.resident_account_id = :account)";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.param("prefix", prefix == null ? "" : prefix).param("resident", residentId == null ? -1L : residentId)
                    .param("account", accountId);
        }
    }

    /** The queue's filters: a status (or OPEN for every unfinished one), overdue only, words of the service's title. */
    record Filter(String status, boolean overdue, String q) {
    }

    private final JdbcClient jdbc;

    ErrandStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Errand e) {
        return jdbc.sql("""
                        INSERT INTO errand (committee_id, committee_path, division_path, service_id, service_title, resident_id,
                                            household_id, resident_account_id, details, status, asked_by, asked_at, due_at)
                        VALUES (:c, :cp, :dp, :service, :title, :resident, :household, :account, :details, 'ASKED', :by, :at, :due)
                        RETURNING id""")
                .param("c", e.committeeId()).param("cp", e.committeePath()).param("dp", e.divisionPath())
                .param("service", e.serviceId()).param("title", e.serviceTitle()).param("resident", e.residentId())
                .param("household", e.householdId()).param("account", e.residentAccountId()).param("details", e.details())
                .param("by", e.askedBy()).param("at", e.askedAt()).param("due", e.dueAt()).query(Long.class).single();
    }

    Optional<Errand> find(long id, Seer seer) {
        return seer.bind(jdbc.sql(COLUMNS + " WHERE e.id = :id AND " + seer.sql())).param("id", id)
                .query(ErrandStore::errand).optional();
    }

    List<Errand> list(Seer seer, Filter filter, OffsetDateTime now, int offset, int limit) {
        return filter(seer.bind(jdbc.sql(COLUMNS + " WHERE " + seer.sql() + FILTERS + """
                         ORDER BY e.status IN ('DONE', 'FAILED'), CASE WHEN e.status IN ('DONE', 'FAILED') THEN NULL ELSE e.due_at END,
                                  e.asked_at DESC, e.id DESC
                         LIMIT :limit OFFSET :offset""")), filter, now)
                .param("limit", limit).param("offset", offset).query(ErrandStore::errand).list();
    }

    int count(Seer seer, Filter filter, OffsetDateTime now) {
        return filter(seer.bind(jdbc.sql("SELECT count(*) FROM errand e WHERE " + seer.sql() + FILTERS)), filter, now)
                .query(Integer.class).single();
    }

    private static JdbcClient.StatementSpec filter(JdbcClient.StatementSpec spec, Filter f, OffsetDateTime now) {
        return spec.param("status", f.status()).param("overdue", f.overdue()).param("q", f.q()).param("now", now);
    }

    /**
     * Moves the errand from the status and version read to the next, stamping who took it or when it
     * ended; false when someone else moved it first.
     */
    boolean move(long id, int version, ErrandStatus from, ErrandStatus to, String actor, OffsetDateTime at, String result) {
        return jdbc.sql("""
                        UPDATE errand SET status = :to, version = version + 1,
                               taken_by = CASE WHEN :to = 'TAKEN' THEN :actor ELSE taken_by END,
                               taken_at = CASE WHEN :to = 'TAKEN' THEN :at ELSE taken_at END,
                               finished_at = CASE WHEN :to IN ('DONE', 'FAILED') THEN :at ELSE finished_at END,
                               result = CASE WHEN :to IN ('DONE', 'FAILED') THEN :result ELSE result END
                        WHERE id = :id AND version = :version AND status = :from""")
                .param("id", id).param("version", version).param("from", from.name()).param("to", to.name())
                .param("actor", actor).param("at", at).param("result", result).update() == 1;
    }

    boolean rate(long id, int rating, String comment, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE errand SET rating = :rating, rating_comment = :comment, rated_at = :at, version = version + 1
                        WHERE id = :id AND rating IS NULL AND status IN ('DONE', 'FAILED')""")
                .param("id", id).param("rating", rating).param("comment", comment).param("at", at).update() == 1;
    }

    void log(long errandId, String step, OffsetDateTime at, String actor, String note, String documents) {
        jdbc.sql("""
                        INSERT INTO errand_step (errand_id, step, at, actor, note, documents)
                        VALUES (:errand, :step, :at, :actor, :note, :documents)""")
                .param("errand", errandId).param("step", step).param("at", at).param("actor", actor).param("note", note)
                .param("documents", documents).update();
    }

    List<ErrandStep> steps(long errandId) {
        return jdbc.sql("SELECT id, errand_id, step, at, actor, note, documents FROM errand_step WHERE errand_id = :id ORDER BY at, id")
                .param("id", errandId)
                .query((rs, n) -> new ErrandStep(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5), rs.getString(6), rs.getString(7))).list();
    }

    private static Errand errand(ResultSet rs, int n) throws SQLException {
        return new Errand(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getLong(7), rs.getLong(8), (Long) rs.getObject(9), rs.getString(10), ErrandStatus.valueOf(rs.getString(11)),
                rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getObject(14, OffsetDateTime.class), rs.getString(15),
                rs.getObject(16, OffsetDateTime.class), rs.getObject(17, OffsetDateTime.class), rs.getString(18),
                (Integer) rs.getObject(19), rs.getString(20), rs.getObject(21, OffsetDateTime.class), rs.getInt(22));
    }
}
