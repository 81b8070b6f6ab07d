package org.linli.deliberation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of accounts bound to registry records (实名认证) and of failed attempts. */
@Component
class BindingStore {

    record Row(long accountId, long residentId, long committeeId, OffsetDateTime boundAt, LocalDate lapsedOn) {
    }

    private final JdbcClient jdbc;

    BindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> of(long accountId) {
        return jdbc.sql("SELECT account_id, resident_id, committee_id, bound_at, lapsed_on FROM resident_account WHERE account_id = :a")
                .param("a", accountId).query(Row.class).optional();
    }

    boolean insert(long accountId, long residentId, long committeeId, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO resident_account (account_id, resident_id, committee_id, bound_at) VALUES (:a, :r, :c, :now)
                        ON CONFLICT DO NOTHING""")
                .param("a", accountId).param("r", residentId).param("c", committeeId).param("now", now).update() > 0;
    }

    boolean bound(long accountId) {
        return jdbc.sql("SELECT count(*) > 0 FROM resident_account WHERE account_id = :a").param("a", accountId)
                .query(Boolean.class).single();
    }

    /**
     * Holds the account's attempts in line until the transaction ends, so that counting the
     * failures, trying the number and recording the failure happen as one step: concurrent
     * attempts cannot all pass the count before any of them is recorded.
     */
    void attemptsInLine(long accountId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('binding_attempt'), CAST(:a AS integer))")
                .param("a", accountId).query((rs, i) -> 1).list();
    }

    long failuresSince(long accountId, OffsetDateTime since) {
        return jdbc.sql("SELECT count(*) FROM binding_attempt WHERE account_id = :a AND at > :since")
                .param("a", accountId).param("since", since).query(Long.class).single();
    }

    void failed(long accountId, OffsetDateTime at) {
        jdbc.sql("INSERT INTO binding_attempt (account_id, at) VALUES (:a, :at)").param("a", accountId).param("at", at).update();
    }

    /** The resident's binding no longer votes: the registry says they moved away or died. */
    void lapse(long residentId, LocalDate on, String status) {
        jdbc.sql("UPDATE resident_account SET lapsed_on = :on, lapsed_status = :s WHERE resident_id = :r AND lapsed_on IS NULL")
                .param("on", on).param("s", status).param("r", residentId).update();
    }

    /** The resident lives in the binding's committee again (a correction, a return). */
    void restore(long residentId) {
        jdbc.sql("UPDATE resident_account SET lapsed_on = NULL, lapsed_status = NULL WHERE resident_id = :r")
                .param("r", residentId).update();
    }

    /** The committee a resident's binding belongs to, if they have one. */
    Optional<Long> committeeOf(long residentId) {
        return jdbc.sql("SELECT committee_id FROM resident_account WHERE resident_id = :r").param("r", residentId)
                .query(Long.class).optional();
    }
}
