package org.linli.conventions.charter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of conventions. */
@Component
class ConventionStore {

    private static final String SELECT = """
            SELECT id, committee_id, committee_path, kind, title, body, status, consultation_id, topic_id, adopted_on, filed_on,
                   filing_number, filed_by, returned_reason, created_by, created_at
            FROM convention
            """;

    private final JdbcClient jdbc;

    ConventionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Division committee, String kind, String title, String body, Long consultationId, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO convention (committee_id, committee_path, kind, title, body, status, consultation_id, created_by, created_at)
                        VALUES (:c, :p, :k, :t, :b, 'DRAFTING', :cons, :by, :now) RETURNING id""")
                .param("c", committee.id()).param("p", committee.path()).param("k", kind).param("t", title).param("b", body)
                .param("cons", consultationId).param("by", by).param("now", now).query(Long.class).single();
    }

    Optional<Convention> find(long id, String prefix) {
        return jdbc.sql(SELECT + "WHERE id = :id AND committee_path LIKE :prefix || '%'").param("id", id).param("prefix", prefix)
                .query(Convention.class).optional();
    }

    boolean exists(String committeePath, String title) {
        return jdbc.sql("SELECT count(*) > 0 FROM convention WHERE committee_path = :p AND title = :t").param("p", committeePath)
                .param("t", title).query(Boolean.class).single();
    }

    List<Convention> within(String prefix, String status, int offset, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE committee_path LIKE :prefix || '%' AND (:s = '' OR status = :s)
                        ORDER BY created_at DESC, id DESC OFFSET :o LIMIT :l""")
                .param("prefix", prefix).param("s", status).param("o", offset).param("l", limit).query(Convention.class).list();
    }

    long count(String prefix, String status) {
        return jdbc.sql("SELECT count(*) FROM convention WHERE committee_path LIKE :prefix || '%' AND (:s = '' OR status = :s)")
                .param("prefix", prefix).param("s", status).query(Long.class).single();
    }

    List<Convention> inForce(String committeePath) {
        return jdbc.sql(SELECT + "WHERE committee_path = :p AND status IN ('ADOPTED', 'FILED') ORDER BY adopted_on DESC, id DESC LIMIT 50")
                .param("p", committeePath).query(Convention.class).list();
    }

    void linkTopic(long id, long topicId) {
        jdbc.sql("UPDATE convention SET topic_id = :t WHERE id = :id").param("t", topicId).param("id", id).update();
    }

    /** Adopts the conventions waiting for this topic's resolution; how many. */
    int adopt(long topicId, LocalDate on) {
        return jdbc.sql("""
                        UPDATE convention SET status = 'ADOPTED', adopted_on = :on, returned_reason = NULL
                        WHERE topic_id = :t AND status IN ('DRAFTING', 'RETURNED')""")
                .param("t", topicId).param("on", on).update();
    }

    boolean file(long id, LocalDate on, String number, String by) {
        return jdbc.sql("""
                        UPDATE convention SET status = 'FILED', filed_on = :on, filing_number = :n, filed_by = :by
                        WHERE id = :id AND status = 'ADOPTED'""")
                .param("on", on).param("n", number).param("by", by).param("id", id).update() == 1;
    }

    boolean sendBack(long id, String reason, String by) {
        return jdbc.sql("""
                        UPDATE convention SET status = 'RETURNED', returned_reason = :r, filed_by = :by, topic_id = NULL
                        WHERE id = :id AND status = 'ADOPTED'""")
                .param("r", reason).param("by", by).param("id", id).update() == 1;
    }

    /** The demo's adopted and filed convention, written as it stands. */
    void settle(long id, Long topicId, LocalDate adoptedOn, LocalDate filedOn, String number, String by) {
        jdbc.sql("""
                        UPDATE convention SET topic_id = :t, status = 'FILED', adopted_on = :a, filed_on = :f, filing_number = :n, filed_by = :by
                        WHERE id = :id""")
                .param("t", topicId).param("a", adoptedOn).param("f", filedOn).param("n", number).param("by", by).param("id", id).update();
    }
}
