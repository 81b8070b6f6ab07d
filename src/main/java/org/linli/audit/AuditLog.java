package org.linli.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log: who did what, when, to what. Writers call it inside their own
 * transaction so a change and its record commit or roll back together.
 */
@Service
public class AuditLog {

    private final AuditStore store;

    AuditLog(AuditStore store) {
        this.store = store;
    }

    /** Records an action by the signed-in user. */
    public void record(String action, String target, String scopePath, String detail) {
        recordAs(currentActor(), action, target, scopePath, detail);
    }

    public void recordAs(String actor, String action, String target, String scopePath, String detail) {
        store.append(actor, action, target, scopePath == null ? "/" : scopePath, detail);
    }

    /** Entries within a scope, newest first, optionally of one action only ({@code ""} for all). */
    public List<Entry> recent(DataScope scope, String actionFilter, int page, int size) {
        return store.recent(scope, actionFilter == null ? "" : actionFilter, size, page * size);
    }

    public long count(DataScope scope, String actionFilter) {
        return store.count(scope, actionFilter == null ? "" : actionFilter);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    /**
     * Chinese names of the recorded actions, for the audit page and its filter. Each module names its
     * actions as {@code audit.action.<ACTION>} in {@code messages.properties}; {@code AuditActionsTest}
     * checks that every action written has a name.
     */
    public static final java.util.Map<String, String> ACTIONS = ActionNames.load();

    public record Entry(long id, OffsetDateTime at, String actor, String action, String target,
                        String scopePath, String detail) {

        public java.time.LocalDateTime localAt() {
            return org.linli.shared.Times.local(at);
        }

        public String actionLabel() {
            return ACTIONS.getOrDefault(action, action);
        }
    }
}
