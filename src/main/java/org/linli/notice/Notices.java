package org.linli.notice;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: written with the change that causes them, read from the navbar bell. */
@Service
public class Notices {

    public record Notice(long id, OffsetDateTime at, String text, String link, boolean read) {

        public LocalDateTime localAt() {
            return Times.local(at);
        }
    }

    // Who an account is: its own id, its role at its division, and its department if it has one.
    private static final String MINE = """
            (n.account_id = :me OR (n.role = :role AND n.division_id = :division)
             OR n.department_id IN (SELECT department_id FROM department_member WHERE account_id = :me))
            """;

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** To everyone of {@code role} whose account sits at {@code divisionId}. */
    public void toRole(Role role, long divisionId, Long caseId, String text, String link) {
        insert(caseId, role.name(), divisionId, null, null, text, link);
    }

    public void toDepartment(long departmentId, Long caseId, String text, String link) {
        insert(caseId, null, null, departmentId, null, text, link);
    }

    public void toAccount(long accountId, Long caseId, String text, String link) {
        insert(caseId, null, null, null, accountId, text, link);
    }

    /**
     * Unread notices of the last 90 days. Every page's bell asks, so each way of being addressed is
     * its own index scan (an OR across them would read the whole table).
     */
    public long unread(CurrentUser user) {
        return bind(jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT id FROM notification WHERE account_id = :me AND at > now() - interval '90 days'
                            UNION
                            SELECT id FROM notification WHERE division_id = :division AND role = :role AND at > now() - interval '90 days'
                            UNION
                            SELECT id FROM notification WHERE at > now() - interval '90 days'
                              AND department_id IN (SELECT department_id FROM department_member WHERE account_id = :me)
                        ) n
                        WHERE NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :me)"""),
                user).query(Long.class).single();
    }

    public List<Notice> recent(CurrentUser user, int limit) {
        return bind(jdbc.sql("SELECT n.id, n.at, n.text, n.link, "
                        + "EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :me) AS read "
                        + "FROM notification n WHERE " + MINE + " ORDER BY n.at DESC, n.id DESC LIMIT :limit"), user)
                .param("limit", limit).query(Notice.class).list();
    }

    /** Marks one of the user's notifications read; returns its link, or null if it is not theirs. */
    @Transactional
    public String open(long id, CurrentUser user) {
        if (!mine(id, user)) {
            return null;
        }
        String link = jdbc.sql("SELECT link FROM notification WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
        jdbc.sql("INSERT INTO notification_read (notification_id, account_id) VALUES (:id, :me) ON CONFLICT DO NOTHING")
                .param("id", id).param("me", user.accountId()).update();
        return link == null ? "/notices" : link;
    }

    @Transactional
    public void readAll(CurrentUser user) {
        bind(jdbc.sql("INSERT INTO notification_read (notification_id, account_id) SELECT n.id, :me FROM notification n WHERE "
                + MINE + " ON CONFLICT DO NOTHING"), user).update();
    }

    private boolean mine(long id, CurrentUser user) {
        return bind(jdbc.sql("SELECT count(*) FROM notification n WHERE n.id = :id AND " + MINE), user)
                .param("id", id).query(Long.class).single() > 0;
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CurrentUser user) {
        return spec.param("me", user.accountId()).param("role", user.role().name()).param("division", user.divisionId());
    }

    private void insert(Long caseId, String role, Long divisionId, Long departmentId, Long accountId, String text, String link) {
        jdbc.sql("""
                        INSERT INTO notification (case_id, role, division_id, department_id, account_id, text, link)
                        VALUES (:c, :r, :d, :dep, :a, :t, :l)""")
                .param("c", caseId).param("r", role).param("d", divisionId).param("dep", departmentId)
                .param("a", accountId).param("t", text.length() > 300 ? text.substring(0, 300) : text).param("l", link)
                .update();
    }
}
