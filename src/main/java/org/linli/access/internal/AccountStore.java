package org.linli.access.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.linli.access.Account;
import org.linli.division.Division;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code account} table; every read for a page binds the scope's prefix. */
@Component
public class AccountStore {

    private static final String COLUMNS = """
            id, username, display_name, role, division_id, division_path, enabled, failed_attempts, locked_until, created_at\s""";
    private static final String MATCHING = """
            division_path LIKE :prefix || '%'
              AND (:text = '' OR username ILIKE '%' || :text || '%' OR display_name LIKE '%' || :text || '%')
              AND (:role = '' OR role = :role)""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Account> list(DataScope scope, String text, Role role, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE " + MATCHING
                        + " ORDER BY division_path, role, username LIMIT :limit OFFSET :offset")
                .param("prefix", scope.prefix()).param("text", escape(text)).param("role", role == null ? "" : role.name())
                .param("limit", limit).param("offset", offset)
                .query(Account.class).list();
    }

    public long count(DataScope scope, String text, Role role) {
        return jdbc.sql("SELECT count(*) FROM account WHERE " + MATCHING)
                .param("prefix", scope.prefix()).param("text", escape(text)).param("role", role == null ? "" : role.name())
                .query(Long.class).single();
    }

    public Optional<Account> find(long id, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id AND division_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix()).query(Account.class).optional();
    }

    public Optional<Account> findUnscoped(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id).query(Account.class).optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = :u").param("u", username)
                .query(Account.class).optional();
    }

    public List<Account> byIds(java.util.Collection<Long> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ANY(:ids) ORDER BY username")
                .param("ids", ids.toArray(Long[]::new)).query(Account.class).list();
    }

    public List<Account> gridWorkers(long gridId, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM account WHERE division_id = :grid AND role = 'GRID_WORKER'
                          AND division_path LIKE :prefix || '%' ORDER BY username""")
                .param("grid", gridId).param("prefix", scope.prefix())
                .query(Account.class).list();
    }

    public Set<Long> staffedGrids(DataScope scope) {
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT division_id FROM account
                        WHERE role = 'GRID_WORKER' AND enabled AND division_path LIKE :prefix || '%'""")
                .param("prefix", scope.prefix()).query(Long.class).list());
    }

    public long lockedCount(DataScope scope, OffsetDateTime now) {
        return jdbc.sql("SELECT count(*) FROM account WHERE locked_until > :now AND division_path LIKE :prefix || '%'")
                .param("now", now).param("prefix", scope.prefix()).query(Long.class).single();
    }

    /** A new account; returns its id, or nothing when {@code ignoreTaken} and the username is taken. */
    public Optional<Long> insert(String username, String displayName, String passwordHash, Role role, Division division,
                                 boolean enabled, boolean ignoreTaken) {
        return insert(username, displayName, passwordHash, role, division, enabled, ignoreTaken, false);
    }

    /** A new account; {@code changeDue}: its password was chosen by someone else and is changed at first sign-in. */
    Optional<Long> insert(String username, String displayName, String passwordHash, Role role, Division division,
                          boolean enabled, boolean ignoreTaken, boolean changeDue) {
        return jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash, role, division_id, division_path, enabled,
                                             password_change_due)
                        VALUES (:u, :n, :h, :r, :d, :p, :e, :due)\s""" + (ignoreTaken ? "ON CONFLICT (username) DO NOTHING " : "")
                        + "RETURNING id")
                .param("u", username).param("n", displayName).param("h", passwordHash).param("r", role.name())
                .param("d", division.id()).param("p", division.path()).param("e", enabled).param("due", changeDue)
                .query(Long.class).optional();
    }

    public void update(long id, String displayName, Role role, Division division, boolean enabled, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE account SET display_name = :n, role = :r, division_id = :d, division_path = :p, enabled = :e,
                               updated_at = :now WHERE id = :id""")
                .param("now", now).param("n", displayName).param("r", role.name()).param("d", division.id())
                .param("p", division.path()).param("e", enabled).param("id", id)
                .update();
    }

    public void moveTo(long id, Division division, OffsetDateTime now) {
        jdbc.sql("UPDATE account SET division_id = :d, division_path = :p, updated_at = :now WHERE id = :id")
                .param("now", now).param("d", division.id()).param("p", division.path()).param("id", id).update();
    }

    public String passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM account WHERE id = :id").param("id", id).query(String.class).single();
    }

    /**
     * A new password; {@code byAdministrator} (a reset) also clears the failed attempts and the lock,
     * and makes the password due for change at the next sign-in; the person's own change clears that.
     */
    public void setPassword(long id, String hash, boolean byAdministrator, OffsetDateTime now) {
        jdbc.sql("UPDATE account SET password_hash = :h, updated_at = :now, password_change_due = :due"
                        + (byAdministrator ? ", failed_attempts = 0, locked_until = NULL" : "") + " WHERE id = :id")
                .param("now", now).param("h", hash).param("due", byAdministrator).param("id", id).update();
    }

    /** The principal sign-in checks the password against. */
    Optional<LinliUser> principal(String username) {
        return jdbc.sql("""
                        SELECT id, username, display_name, role, division_id, division_path, password_hash, enabled
                        FROM account WHERE username = :u""")
                .param("u", username)
                .query((rs, i) -> new LinliUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getLong("division_id"), rs.getString("division_path"),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    /** What a signed-in session was granted on: whether the account may still act, as whom, where. */
    record Standing(String role, String divisionPath, boolean enabled, String passwordHash, boolean passwordChangeDue) {
    }

    Optional<Standing> standing(long accountId) {
        return jdbc.sql("SELECT role, division_path, enabled, password_hash, password_change_due FROM account WHERE id = :id")
                .param("id", accountId).query(Standing.class).optional();
    }

    /**
     * One more failed sign-in for an existing name; {@code pausedUntil} (when the failure paused
     * sign-ins from its source) shows on the account as locked. Returns the account's path.
     */
    Optional<String> recordFailure(String username, OffsetDateTime pausedUntil) {
        return jdbc.sql("""
                        UPDATE account SET failed_attempts = failed_attempts + 1,
                               locked_until = CASE WHEN CAST(:until AS timestamptz) IS NULL THEN locked_until
                                                   ELSE greatest(locked_until, :until) END
                        WHERE username = :u RETURNING division_path""")
                .param("until", pausedUntil).param("u", username)
                .query(String.class)
                .optional();
    }

    void recordSuccess(String username) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE username = :u").param("u", username).update();
    }

    private static String escape(String text) {
        return text == null ? "" : text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
