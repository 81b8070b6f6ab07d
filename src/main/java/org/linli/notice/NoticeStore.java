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

    // Read: everything up to the reader's last "mark all read", and no notice older than 90 days counts as new.
    private static final String SINCE = """
            greatest(:now - interval '90 days', coalesce((SELECT w.read_all_at FROM notification_reader w WHERE w.account_id = :me),
                                                         '-infinity'))""";

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
     * Unread notices since the reader last marked all read (at most the last 90 days), counted up
     * to {@code cap}: every page's bell asks, so each way of being addressed is its own index scan
     * that stops at the cap (an OR across them would read the whole table, and an uncapped count
     * grows with every new case).
     */
    long unread(Reader reader, OffsetDateTime now, int cap) {
        String unread = " AND n.at > " + SINCE + " AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :me)"
                + " LIMIT :cap)";
        return bind(jdbc.sql("SELECT count(*) FROM ("
                        + "(SELECT n.id FROM notification n WHERE n.account_id = :me" + unread
                        + " UNION (SELECT n.id FROM notification n WHERE n.division_id = :division AND n.role = :role" + unread
                        + " UNION (SELECT n.id FROM notification n WHERE n.department_id IN (:departments)" + unread
                        + " LIMIT :cap) u"), reader).param("now", now).param("cap", cap).query(Long.class).single();
    }

    List<Notices.Entry> recent(Reader reader, int limit) {
        return bind(jdbc.sql("SELECT n.id, n.at, n.text, n.link, "
                        + "coalesce(n.at <= (SELECT w.read_all_at FROM notification_reader w WHERE w.account_id = :me), false) "
                        + "OR EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :me) AS read "
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

    /** Everything addressed to the reader up to now is read: one row, however many notices. */
    void markAllRead(long accountId, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO notification_reader (account_id, read_all_at) VALUES (:me, :now)
                        ON CONFLICT (account_id) DO UPDATE SET read_all_at = greatest(notification_reader.read_all_at, EXCLUDED.read_all_at)""")
                .param("me", accountId).param("now", now).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Reader reader) {
        return spec.param("me", reader.accountId()).param("role", reader.role()).param("division", reader.divisionId())
                .param("departments", reader.departments());
    }
}
