package org.linli.conventions.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of red and black list entries. */
@Component
class HonourStore {

    private static final String SELECT = """
            SELECT id, committee_path, division_path, household_id, list, reason, status, notice_from, appeal_until, proposed_by,
                   proposed_at, appeal_reason, appeal_account, appealed_at, appeal_answer, decided_by, decided_at, published_on,
                   published_by
            FROM honour_entry
            """;

    private final JdbcClient jdbc;

    HonourStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String committeePath, String divisionPath, long householdId, HonourList list, String reason, LocalDate from,
                LocalDate until, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO honour_entry (committee_path, division_path, household_id, list, reason, status, notice_from,
                                                  appeal_until, proposed_by, proposed_at)
                        VALUES (:c, :d, :h, :l, :r, 'NOTICE', :f, :u, :by, :now) RETURNING id""")
                .param("c", committeePath).param("d", divisionPath).param("h", householdId).param("l", list.name())
                .param("r", reason).param("f", from).param("u", until).param("by", by).param("now", now).query(Long.class).single();
    }

    Optional<HonourEntry> find(long id, String prefix) {
        return jdbc.sql(SELECT + "WHERE id = :id AND committee_path LIKE :prefix || '%'").param("id", id).param("prefix", prefix)
                .query(HonourEntry.class).optional();
    }

    List<HonourEntry> within(String prefix, String status, int offset, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE committee_path LIKE :prefix || '%' AND (:s = '' OR status = :s)
                        ORDER BY status = 'HELD' DESC, proposed_at DESC, id DESC OFFSET :o LIMIT :l""")
                .param("prefix", prefix).param("s", status).param("o", offset).param("l", limit).query(HonourEntry.class).list();
    }

    long count(String prefix, String status) {
        return jdbc.sql("SELECT count(*) FROM honour_entry WHERE committee_path LIKE :prefix || '%' AND (:s = '' OR status = :s)")
                .param("prefix", prefix).param("s", status).query(Long.class).single();
    }

    /** The committee's published entries, and the household's own entries still on notice or held. */
    List<HonourEntry> forResident(String committeePath, long householdId) {
        return jdbc.sql(SELECT + """
                        WHERE committee_path = :c AND (status = 'PUBLISHED' OR household_id = :h AND status IN ('NOTICE', 'HELD'))
                        ORDER BY list, published_on DESC NULLS FIRST, id DESC LIMIT 200""")
                .param("c", committeePath).param("h", householdId).query(HonourEntry.class).list();
    }

    boolean appeal(long id, String reason, long accountId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE honour_entry SET status = 'HELD', appeal_reason = :r, appeal_account = :a, appealed_at = :now
                        WHERE id = :id AND status = 'NOTICE'""")
                .param("r", reason).param("a", accountId).param("now", now).param("id", id).update() == 1;
    }

    boolean decide(long id, HonourStatus outcome, String answer, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE honour_entry SET status = :s, appeal_answer = :a, decided_by = :by, decided_at = :now
                        WHERE id = :id AND status = 'HELD'""")
                .param("s", outcome.name()).param("a", answer).param("by", by).param("now", now).param("id", id).update() == 1;
    }

    boolean publish(long id, LocalDate on, String by) {
        return jdbc.sql("""
                        UPDATE honour_entry SET status = 'PUBLISHED', published_on = :on, published_by = :by
                        WHERE id = :id AND status = 'NOTICE' AND appeal_until < :on""")
                .param("on", on).param("by", by).param("id", id).update() == 1;
    }
}
