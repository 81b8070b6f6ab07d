package org.linli.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.PlaceNames;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage the accounts within their own scope; everyone changes their own password. */
@Service
public class AccountAdmin {

    /** The levels an account of each role may belong to. */
    private static final Map<Role, Set<Level>> LEVELS = Map.of(
            Role.DISTRICT_ADMIN, Set.of(Level.COUNTRY, Level.PROVINCE, Level.CITY, Level.COUNTY),
            Role.STREET_STAFF, Set.of(Level.STREET),
            Role.COMMUNITY_WORKER, Set.of(Level.COMMITTEE),
            Role.GRID_WORKER, Set.of(Level.GRID),
            Role.DEPARTMENT_STAFF, Set.of(Level.COUNTY, Level.STREET),
            Role.RESIDENT, Set.of(Level.COMMITTEE, Level.GRID, Level.ESTATE, Level.BUILDING));

    private final AccountStore store;
    private final Accounts accounts;
    private final Divisions divisions;
    private final PlaceNames placeNames;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final Clock clock;

    AccountAdmin(AccountStore store, Accounts accounts, Divisions divisions, PlaceNames placeNames,
                 PasswordEncoder passwordEncoder, AuditLog audit, SignInThrottle throttle, Clock clock) {
        this.placeNames = placeNames;
        this.throttle = throttle;
        this.store = store;
        this.accounts = accounts;
        this.divisions = divisions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Account create(AccountForm form, Role creatorRole, DataScope scope) {
        if (store.findByUsername(form.username()).isPresent()) {
            throw Refusal.ofField("username", "access.username.taken", form.username());
        }
        Passwords.check(form.password(), "password");
        Division division = placeFor(form, creatorRole, scope);
        long id = store.insert(form.username(), form.displayName().trim(), passwordEncoder.encode(form.password()),
                form.role(), division, form.enabled(), false, true).orElseThrow();
        audit.record("ACCOUNT_CREATE", form.username(), division.path(),
                "%s，%s，%s".formatted(form.displayName(), form.role().label(), division.name()));
        return accounts.get(id, scope);
    }

    @Transactional
    public Account update(long id, AccountForm form, Role editorRole, DataScope scope) {
        Account before = accounts.get(id, scope);
        Division division = placeFor(form, editorRole, scope);
        store.update(id, form.displayName().trim(), form.role(), division, form.enabled(), now());
        audit.record("ACCOUNT_UPDATE", before.username(), division.path(),
                "%s/%s/%s/%s → %s/%s/%s/%s".formatted(before.displayName(), before.role().label(), before.divisionPath(),
                        before.enabled() ? "启用" : "停用", form.displayName(), form.role().label(), division.path(),
                        form.enabled() ? "启用" : "停用"));
        return accounts.get(id, scope);
    }

    /** Puts a grid worker of the caller's scope on a grid of the caller's scope. */
    @Transactional
    public void assignToGrid(long accountId, long gridId, DataScope scope) {
        Account account = accounts.get(accountId, scope);
        Division grid = divisions.get(gridId, scope);
        if (account.role() != Role.GRID_WORKER || grid.level() != Level.GRID) {
            throw Refusal.ofField("accountId", "access.grid.only-grid-workers");
        }
        store.moveTo(accountId, grid, now());
        audit.record("GRID_ASSIGN", account.username(), grid.path(), "网格员 " + account.displayName() + " → " + grid.name());
    }

    @Transactional
    public void resetPassword(long id, String newPassword, DataScope scope) {
        Account account = accounts.get(id, scope);
        Passwords.check(newPassword, "password");
        store.setPassword(id, passwordEncoder.encode(newPassword), true, now());
        throttle.release(account.username());
        audit.record("PASSWORD_RESET", account.username(), account.divisionPath(), "管理员重置密码并解除锁定");
    }

    /** The signed-in user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(long id, PasswordChange change) {
        String newPassword = change.newPassword();
        if (!newPassword.equals(change.confirmPassword())) {
            throw Refusal.ofField("confirmPassword", "access.password.mismatch");
        }
        String hash = store.passwordHash(id);
        if (!passwordEncoder.matches(change.currentPassword(), hash)) {
            throw Refusal.ofField("currentPassword", "access.password.current-wrong");
        }
        Passwords.check(newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, hash)) {
            throw Refusal.ofField("newPassword", "access.password.same-as-current");
        }
        store.setPassword(id, passwordEncoder.encode(newPassword), false, now());
        Account account = store.findUnscoped(id).orElseThrow();
        audit.record("PASSWORD_CHANGE", account.username(), account.divisionPath(), "本人修改密码");
    }

    /** The division an account of the form's role may belong to, within the actor's scope. */
    private Division placeFor(AccountForm form, Role actorRole, DataScope scope) {
        if (form.role() == Role.DISTRICT_ADMIN && actorRole != Role.DISTRICT_ADMIN) {
            throw Refusal.ofField("role", "access.role.district-admin-only");
        }
        // A code, or a name the place picker offered or the person typed (issue #12).
        Division division = placeNames.resolve(form.divisionCode(), scope, List.of(Level.values()), "divisionCode")
                .orElseThrow(() -> Refusal.ofField("divisionCode", "access.division-code.unknown", form.divisionCode()));
        if (!LEVELS.get(form.role()).contains(division.level())) {
            throw Refusal.ofField("divisionCode", "access.division-code.wrong-level", form.role().label(),
                    String.join("、", LEVELS.get(form.role()).stream().sorted().map(Level::label).toList()), division.name(),
                    division.level().label());
        }
        return division;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
