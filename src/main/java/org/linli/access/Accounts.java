package org.linli.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, managed by administrators within their own scope. */
@Service
public class Accounts {

    /** The levels an account of each role may belong to. */
    private static final Map<Role, Set<Level>> LEVELS = Map.of(
            Role.DISTRICT_ADMIN, Set.of(Level.COUNTRY, Level.PROVINCE, Level.CITY, Level.COUNTY),
            Role.STREET_STAFF, Set.of(Level.STREET),
            Role.COMMUNITY_WORKER, Set.of(Level.COMMITTEE),
            Role.GRID_WORKER, Set.of(Level.GRID),
            Role.DEPARTMENT_STAFF, Set.of(Level.COUNTY, Level.STREET),
            Role.RESIDENT, Set.of(Level.COMMITTEE, Level.GRID, Level.ESTATE, Level.BUILDING));

    static final String COLUMNS = """
            id, username, display_name, role, division_id, division_path, enabled, failed_attempts, locked_until, created_at\s""";

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Divisions divisions, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    public List<Account> list(DataScope scope, String text, Role role, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM account WHERE division_path LIKE :prefix || '%'
                          AND (:text = '' OR username ILIKE '%' || :text || '%' OR display_name LIKE '%' || :text || '%')
                          AND (:role = '' OR role = :role)
                        ORDER BY division_path, role, username LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix())
                .param("text", escape(text))
                .param("role", role == null ? "" : role.name())
                .param("limit", size)
                .param("offset", page * size)
                .query(Account.class)
                .list();
    }

    public long count(DataScope scope, String text, Role role) {
        return jdbc.sql("""
                        SELECT count(*) FROM account WHERE division_path LIKE :prefix || '%'
                          AND (:text = '' OR username ILIKE '%' || :text || '%' OR display_name LIKE '%' || :text || '%')
                          AND (:role = '' OR role = :role)""")
                .param("prefix", scope.prefix())
                .param("text", escape(text))
                .param("role", role == null ? "" : role.name())
                .query(Long.class)
                .single();
    }

    public Account get(long id, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id AND division_path LIKE :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(Account.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("account " + id));
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = :u")
                .param("u", username)
                .query(Account.class)
                .optional();
    }

    /** Accounts by id, whatever the scope: for naming the people on a record the caller may already see. */
    public List<Account> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ANY(:ids) ORDER BY username")
                .param("ids", ids.toArray(Long[]::new))
                .query(Account.class)
                .list();
    }

    /** Grid workers who belong to a grid, for the grid's page. */
    public List<Account> gridWorkers(long gridId, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM account WHERE division_id = :grid AND role = 'GRID_WORKER'
                          AND division_path LIKE :prefix || '%' ORDER BY username""")
                .param("grid", gridId)
                .param("prefix", scope.prefix())
                .query(Account.class)
                .list();
    }

    /** The ids of grids in scope that have at least one grid worker. */
    public java.util.Set<Long> staffedGrids(DataScope scope) {
        return java.util.Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT division_id FROM account
                        WHERE role = 'GRID_WORKER' AND enabled AND division_path LIKE :prefix || '%'""")
                .param("prefix", scope.prefix())
                .query(Long.class)
                .list());
    }

    public long lockedCount(DataScope scope) {
        return jdbc.sql("""
                        SELECT count(*) FROM account
                        WHERE locked_until > :now AND division_path LIKE :prefix || '%'""").param("now", OffsetDateTime.now(clock))
                .param("prefix", scope.prefix())
                .query(Long.class)
                .single();
    }

    @Transactional
    public Account create(AccountForm form, Role creatorRole, DataScope scope) {
        if (findByUsername(form.username()).isPresent()) {
            throw Refusal.ofField("username", "access.username.taken", form.username());
        }
        Passwords.check(form.password(), "password");
        Division division = placeFor(form, creatorRole, scope);
        long id = jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash, role, division_id, division_path, enabled)
                        VALUES (:u, :n, :h, :r, :d, :p, :e) RETURNING id""")
                .param("u", form.username())
                .param("n", form.displayName().trim())
                .param("h", passwordEncoder.encode(form.password()))
                .param("r", form.role().name())
                .param("d", division.id())
                .param("p", division.path())
                .param("e", form.enabled())
                .query(Long.class)
                .single();
        audit.record("ACCOUNT_CREATE", form.username(), division.path(),
                "%s，%s，%s".formatted(form.displayName(), form.role().label(), division.name()));
        return get(id, scope);
    }

    @Transactional
    public Account update(long id, AccountForm form, Role editorRole, DataScope scope) {
        Account before = get(id, scope);
        Division division = placeFor(form, editorRole, scope);
        jdbc.sql("""
                        UPDATE account SET display_name = :n, role = :r, division_id = :d, division_path = :p, enabled = :e,
                               updated_at = :now WHERE id = :id""").param("now", OffsetDateTime.now(clock))
                .param("n", form.displayName().trim())
                .param("r", form.role().name())
                .param("d", division.id())
                .param("p", division.path())
                .param("e", form.enabled())
                .param("id", id)
                .update();
        audit.record("ACCOUNT_UPDATE", before.username(), division.path(),
                "%s/%s/%s/%s → %s/%s/%s/%s".formatted(before.displayName(), before.role().label(), before.divisionPath(),
                        before.enabled() ? "启用" : "停用", form.displayName(), form.role().label(), division.path(),
                        form.enabled() ? "启用" : "停用"));
        return get(id, scope);
    }

    /** Puts a grid worker of the caller's scope on a grid of the caller's scope. */
    @Transactional
    public void assignToGrid(long accountId, long gridId, DataScope scope) {
        Account account = get(accountId, scope);
        Division grid = divisions.get(gridId, scope);
        if (account.role() != Role.GRID_WORKER || grid.level() != Level.GRID) {
            throw Refusal.ofField("accountId", "access.grid.only-grid-workers");
        }
        jdbc.sql("UPDATE account SET division_id = :d, division_path = :p, updated_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
                .param("d", grid.id())
                .param("p", grid.path())
                .param("id", accountId)
                .update();
        audit.record("GRID_ASSIGN", account.username(), grid.path(), "网格员 " + account.displayName() + " → " + grid.name());
    }

    @Transactional
    public void resetPassword(long id, String newPassword, DataScope scope) {
        Account account = get(id, scope);
        Passwords.check(newPassword, "password");
        jdbc.sql("""
                        UPDATE account SET password_hash = :h, failed_attempts = 0, locked_until = NULL, updated_at = :now
                        WHERE id = :id""").param("now", OffsetDateTime.now(clock))
                .param("h", passwordEncoder.encode(newPassword))
                .param("id", id)
                .update();
        audit.record("PASSWORD_RESET", account.username(), account.divisionPath(), "管理员重置密码并解除锁定");
    }

    /** The signed-in user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(long id, PasswordChange change) {
        String newPassword = change.newPassword();
        if (!newPassword.equals(change.confirmPassword())) {
            throw Refusal.ofField("confirmPassword", "access.password.mismatch");
        }
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = :id").param("id", id)
                .query(String.class).single();
        if (!passwordEncoder.matches(change.currentPassword(), hash)) {
            throw Refusal.ofField("currentPassword", "access.password.current-wrong");
        }
        Passwords.check(newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, hash)) {
            throw Refusal.ofField("newPassword", "access.password.same-as-current");
        }
        jdbc.sql("UPDATE account SET password_hash = :h, updated_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
                .param("h", passwordEncoder.encode(newPassword))
                .param("id", id)
                .update();
        Account account = jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id)
                .query(Account.class).single();
        audit.record("PASSWORD_CHANGE", account.username(), account.divisionPath(), "本人修改密码");
    }

    /** Creates an account without a signed-in administrator: for the demo district and first start. */
    @Transactional
    public void createSystemAccount(String username, String displayName, Role role, Division division, String password) {
        jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash, role, division_id, division_path)
                        VALUES (:u, :n, :h, :r, :d, :p) ON CONFLICT (username) DO NOTHING""")
                .param("u", username)
                .param("n", displayName)
                .param("h", passwordEncoder.encode(password))
                .param("r", role.name())
                .param("d", division.id())
                .param("p", division.path())
                .update();
        audit.recordAs("system", "ACCOUNT_CREATE", username, division.path(), displayName + "，" + role.label());
    }

    /**
     * Creates many accounts that share one password (generated demo staff), hashing it once:
     * each hash costs tens of milliseconds by design.
     */
    @Transactional
    public void createSystemAccounts(List<NewAccount> newAccounts, String password) {
        String hash = passwordEncoder.encode(password);
        for (NewAccount a : newAccounts) {
            jdbc.sql("""
                            INSERT INTO account (username, display_name, password_hash, role, division_id, division_path)
                            VALUES (:u, :n, :h, :r, :d, :p) ON CONFLICT (username) DO NOTHING""")
                    .param("u", a.username())
                    .param("n", a.displayName())
                    .param("h", hash)
                    .param("r", a.role().name())
                    .param("d", a.division().id())
                    .param("p", a.division().path())
                    .update();
        }
        audit.recordAs("system", "ACCOUNT_CREATE", newAccounts.size() + " 个账户", "/", "批量创建演示账户");
    }

    public record NewAccount(String username, String displayName, Role role, Division division) {
    }

    public static Set<Level> levelsFor(Role role) {
        return LEVELS.get(role);
    }

    private Division placeFor(AccountForm form, Role actorRole, DataScope scope) {
        if (form.role() == Role.DISTRICT_ADMIN && actorRole != Role.DISTRICT_ADMIN) {
            throw Refusal.ofField("role", "access.role.district-admin-only");
        }
        Division division = divisions.findByCode(form.divisionCode().trim())
                .filter(d -> scope.covers(d.path()))
                .orElseThrow(() -> Refusal.ofField("divisionCode", "access.division-code.unknown", form.divisionCode()));
        if (!LEVELS.get(form.role()).contains(division.level())) {
            throw Refusal.ofField("divisionCode", "access.division-code.wrong-level", form.role().label(),
                    String.join("、", LEVELS.get(form.role()).stream().sorted().map(Level::label).toList()), division.name(),
                    division.level().label());
        }
        return division;
    }

    private static String escape(String text) {
        return text == null ? "" : text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
