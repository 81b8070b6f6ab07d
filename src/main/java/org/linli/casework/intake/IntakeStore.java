package org.linli.casework.intake;

import java.time.OffsetDateTime;

import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake's SQL: a new case row, and the case an earlier submission with the same key made. */
@Repository
class IntakeStore {

    /** Everything a new case row holds. */
    record NewRow(long id, String number, String trackingCode, NewCase form, IntakeChecks.Checked checked, Submitter who,
                  OffsetDateTime now, OffsetDateTime acceptDue, OffsetDateTime finishDue, String requestKey) {
    }

    private final JdbcClient jdbc;

    IntakeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Intake.Opened earlier(String key) {
        record Row(long id, String number, String trackingCode, String divisionPath) {
        }
        return jdbc.sql("SELECT id, number, tracking_code, division_path FROM case_record WHERE submission_key = :k").param("k", key)
                .query(Row.class).optional()
                .map(r -> new Intake.Opened(r.id(), r.number(), r.trackingCode(), r.divisionPath(), true)).orElse(null);
    }

    long nextId() {
        return jdbc.sql("SELECT nextval('case_record_id_seq')").query(Long.class).single();
    }

    /** False when another submission with the same key got in first (ON CONFLICT, so even concurrent ones make one case). */
    boolean insert(NewRow r) {
        NewCase f = r.form();
        var sealed = r.checked().phone();
        return jdbc.sql("""
                        INSERT INTO case_record (id, number, division_id, division_path, category_code, channel, hotline_number,
                            title, description, status, created_by, created_at, updated_at, accept_due, finish_due, tracking_code,
                            submission_key, request_key, reporter_account_id, reporter_name, reporter_phone, reporter_phone_hash,
                            reporter_phone_mask, address, latitude, longitude, api_key_id)
                        VALUES (:id, :number, :d, :p, :cat, :ch, :hot, :title, :desc, 'REPORTED', :by, :now, :now, :ad, :fd, :track,
                                :key, :request, :account, :name, :phone, :hash, :mask, :address, :lat, :lon, :api)
                        ON CONFLICT (submission_key) DO NOTHING""")
                .param("id", r.id()).param("number", r.number()).param("d", r.checked().place().id())
                .param("p", r.checked().place().path()).param("cat", r.checked().category().code())
                .param("ch", f.channel().name()).param("hot", f.hotlineNumber().isEmpty() ? null : f.hotlineNumber())
                .param("title", r.checked().title()).param("desc", f.description()).param("by", r.who().actor())
                .param("now", r.now()).param("ad", r.acceptDue()).param("fd", r.finishDue()).param("track", r.trackingCode())
                .param("key", f.submissionKey()).param("request", r.requestKey())
                .param("account", r.who().role() == Role.RESIDENT ? r.who().accountId() : null)
                .param("name", f.reporterName().isEmpty() ? null : f.reporterName())
                .param("phone", sealed == null ? null : sealed.cipher()).param("hash", sealed == null ? null : sealed.hash())
                .param("mask", sealed == null ? null : sealed.mask()).param("address", f.address().isEmpty() ? null : f.address())
                .param("lat", r.checked().latitude()).param("lon", r.checked().longitude()).param("api", r.who().apiKeyId())
                .update() == 1;
    }
}
