package org.linli.conventions.points;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of contests of points entries. */
@Component
class ContestStore {

    private static final String SELECT = """
            SELECT c.id, c.entry_id, c.household_id, c.account_id, c.reason, c.status, c.answer, c.decided_by, c.decided_at,
                   c.created_at, r.name AS rule_name, e.points, e.reason AS entry_reason, e.division_path
            FROM points_contest c
            JOIN points_entry e ON e.id = c.entry_id
            JOIN points_rule r ON r.id = e.rule_id
            """;

    private final JdbcClient jdbc;

    ContestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a contest unless one is open for the entry already (the partial unique index says so). */
    Optional<Long> insert(long entryId, long householdId, long accountId, String reason, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO points_contest (entry_id, household_id, account_id, reason, status, created_at)
                        VALUES (:e, :h, :a, :r, 'OPEN', :now) ON CONFLICT DO NOTHING RETURNING id""")
                .param("e", entryId).param("h", householdId).param("a", accountId).param("r", reason).param("now", now)
                .query(Long.class).optional();
    }

    Optional<Contest> find(long id, String prefix) {
        return jdbc.sql(SELECT + "WHERE c.id = :id AND e.division_path LIKE :prefix || '%'").param("id", id).param("prefix", prefix)
                .query(Contest.class).optional();
    }

    /** Decides an open contest; false when it was decided already. */
    boolean decide(long id, ContestStatus status, String answer, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE points_contest SET status = :s, answer = :a, decided_by = :by, decided_at = :now
                        WHERE id = :id AND status = 'OPEN'""")
                .param("s", status.name()).param("a", answer).param("by", by).param("now", now).param("id", id).update() == 1;
    }

    List<Contest> within(String prefix, boolean open, int offset, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE e.division_path LIKE :prefix || '%' AND (c.status = 'OPEN') = :open
                        ORDER BY c.created_at DESC, c.id DESC OFFSET :o LIMIT :l""")
                .param("prefix", prefix).param("open", open).param("o", offset).param("l", limit).query(Contest.class).list();
    }

    long countWithin(String prefix, boolean open) {
        return jdbc.sql("""
                        SELECT count(*) FROM points_contest c JOIN points_entry e ON e.id = c.entry_id
                        WHERE e.division_path LIKE :prefix || '%' AND (c.status = 'OPEN') = :open""")
                .param("prefix", prefix).param("open", open).query(Long.class).single();
    }

    List<Contest> ofHousehold(long householdId) {
        return jdbc.sql(SELECT + "WHERE c.household_id = :h ORDER BY c.id DESC LIMIT 100").param("h", householdId)
                .query(Contest.class).list();
    }
}
