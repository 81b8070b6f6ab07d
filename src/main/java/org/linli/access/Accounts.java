package org.linli.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.linli.access.internal.AccountStore;
import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access module's face: accounts as other modules read them, within a scope, and accounts
 * made without a signed-in administrator (the demo district, first start). Administrators manage
 * accounts on their pages (the module's own {@code AccountAdmin}).
 */
@Service
public class Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(AccountStore store, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Account> list(DataScope scope, String text, Role role, int page, int size) {
        return store.list(scope, text, role, size, page * size);
    }

    public long count(DataScope scope, String text, Role role) {
        return store.count(scope, text, role);
    }

    public Account get(long id, DataScope scope) {
        return store.find(id, scope).orElseThrow(() -> new NotFoundException("account " + id));
    }

    public Optional<Account> findByUsername(String username) {
        return store.findByUsername(username);
    }

    /** Accounts by id, whatever the scope: for naming the people on a record the caller may already see. */
    public List<Account> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return store.byIds(ids);
    }

    /** Grid workers who belong to a grid, for the grid's page. */
    public List<Account> gridWorkers(long gridId, DataScope scope) {
        return store.gridWorkers(gridId, scope);
    }

    /** The ids of grids in scope that have at least one grid worker. */
    public Set<Long> staffedGrids(DataScope scope) {
        return store.staffedGrids(scope);
    }

    public long lockedCount(DataScope scope) {
        return store.lockedCount(scope, OffsetDateTime.now(clock));
    }

    /** Creates an account without a signed-in administrator: for the demo district and first start. */
    @Transactional
    public void createSystemAccount(String username, String displayName, Role role, Division division, String password) {
        store.insert(username, displayName, passwordEncoder.encode(password), role, division, true, true);
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
            store.insert(a.username(), a.displayName(), hash, a.role(), a.division(), true, true);
        }
        audit.recordAs("system", "ACCOUNT_CREATE", newAccounts.size() + " 个账户", "/", "批量创建演示账户");
    }

    public record NewAccount(String username, String displayName, Role role, Division division) {
    }
}
