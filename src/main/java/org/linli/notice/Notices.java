package org.linli.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.shared.CurrentUser;
import org.linli.shared.Times;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: written with the change that causes them, read from the navbar bell. */
@Service
public class Notices {

    public record Entry(long id, OffsetDateTime at, String text, String link, boolean read) {

        public LocalDateTime localAt() {
            return Times.local(at);
        }
    }

    // Who an account is: its own id, its role at its division, and the departments it acts for.
    private static final String MINE = """
            (n.account_id = :me OR (n.role = :role AND n.division_id = :division) OR n.department_id IN (:departments))
            """;

    private final JdbcClient jdbc;
    private final ObjectProvider<Memberships> memberships;
    private final Clock clock;

    Notices(JdbcClient jdbc, ObjectProvider<Memberships> memberships, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    void store(Notice n) {
        insert(n.caseId(), n.role() == null ? null : n.role().name(), n.divisionId(), n.departmentId(), n.accountId(), n.text(),
                n.link());
    }

    /**
     * Unread notices of the last 90 days. Every page's bell asks, so each way of being addressed is
     * its own index scan (an OR across them would read the whole table).
     */
    public long unread(CurrentUser user) {
        return bind(jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT id FROM notification WHERE account_id = :me AND at > :now - interval '90 days'
                            UNION
                            SELECT id FROM notification WHERE division_id = :division AND role = :role AND at > :now - interval '90 days'
                            UNION
                            SELECT id FROM notification WHERE at > :now - interval '90 days' AND department_id IN (:departments)
                        ) n
                        WHERE NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :me)""").param("now", OffsetDateTime.now(clock)),
                user).query(Long.class).single();
    }

    public List<Entry> recent(CurrentUser user, int limit) {
        return bind(jdbc.sql("SELECT n.id, n.at, n.text, n.link, "
                        + "EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :me) AS read "
                        + "FROM notification n WHERE " + MINE + " ORDER BY n.at DESC, n.id DESC LIMIT :limit"), user)
                .param("limit", limit).query(Entry.class).list();
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
        return spec.param("me", user.accountId()).param("role", user.role().name()).param("division", user.divisionId())
                .param("departments", departments(user));
    }

    /** The departments the user acts for; a list with no real id when none (SQL's IN needs one value). */
    private List<Long> departments(CurrentUser user) {
        Set<Long> ids = memberships.stream().flatMap(m -> m.departmentsOf(user.accountId()).stream())
                .collect(Collectors.toSet());
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
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
