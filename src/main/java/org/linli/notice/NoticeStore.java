package org.linli.notice;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notice module's SQL for in-app notices. An account is addressed by its own id, by its role
 * at its division, and by the departments it acts for ({@link Reader}).
 */
@Component
class NoticeStore {

    /** Who reads: the account, its role and division, and its departments (a list with no real id when none). */
    record Reader(long accountId, String role, long divisionId, List<Long> departments) {
    }

    // Who an account is: its own id, its role at its division, and the departments it acts for.
    private static final String MINE = """
            (n.account_id = :me OR (n.role = :role AND n.division_id = :division) OR n.department_id IN (:departments))
            """;

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notice n, OffsetDateTime now) {
        String text = n.text().length() > 300 ? n.text().substring(0, 300) : n.text();
        jdbc.sql("""
                        INSERT INTO notification (at, case_id, role, division_id, department_id, account_id, text, link)
                        VALUES (:now, :c, :r, :d, :dep, :a, :t, :l)""")
                .param("now", now).param("c", n.caseId()).param("r", n.role() == null ? null : n.role().name())
                .param("d", n.divisionId()).param("dep", n.departmentId()).param("a", n.accountId()).param("t", text)
                .param("l", n.link()).update();
    }

    /**
     * Unread notices of the last 90 days. Every page's bell asks, so each way of being addressed is
     * its own index scan (an OR across them would read the whole table).
     */
    long unread(Reader reader, OffsetDateTime now) {
        return bind(jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT id FROM notification WHERE account_id = :me AND at > :now - interval '90 days'
                            UNION
                            SELECT id FROM notification WHERE division_id = :division AND role = :role AND at > :now - interval '90 days'
                            UNION
                            SELECT id FROM notification WHERE at > :now - interval '90 days' AND department_id IN (:departments)
                        ) n
                        WHERE NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :me)"""),
                reader).param("now", now).query(Long.class).single();
    }

    List<Notices.Entry> recent(Reader reader, int limit) {
        return bind(jdbc.sql("SELECT n.id, n.at, n.text, n.link, "
                        + "EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :me) AS read "
                        + "FROM notification n WHERE " + MINE + " ORDER BY n.at DESC, n.id DESC LIMIT :limit"), reader)
                .param("limit", limit).query(Notices.Entry.class).list();
    }

    boolean mine(long id, Reader reader) {
        return bind(jdbc.sql("SELECT count(*) FROM notification n WHERE n.id = :id AND " + MINE), reader)
                .param("id", id).query(Long.class).single() > 0;
    }

    String link(long id) {
        return jdbc.sql("SELECT link FROM notification WHERE id = :id").param("id", id).query(String.class).optional().orElse(null);
    }

    void markRead(long id, long accountId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO notification_read (notification_id, account_id, read_at) VALUES (:id, :me, :now) ON CONFLICT DO NOTHING")
                .param("id", id).param("me", accountId).param("now", now).update();
    }

    void markAllRead(Reader reader, OffsetDateTime now) {
        bind(jdbc.sql("INSERT INTO notification_read (notification_id, account_id, read_at) SELECT n.id, :me, :now FROM notification n WHERE "
                + MINE + " ON CONFLICT DO NOTHING"), reader).param("now", now).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Reader reader) {
        return spec.param("me", reader.accountId()).param("role", reader.role()).param("division", reader.divisionId())
                .param("departments", reader.departments());
    }
}
