package org.linli.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log: who did what, when, to what. Writers call it inside their own
 * transaction so a change and its record commit or roll back together.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action by the signed-in user. */
    public void record(String action, String target, String scopePath, String detail) {
        recordAs(currentActor(), action, target, scopePath, detail);
    }

    public void recordAs(String actor, String action, String target, String scopePath, String detail) {
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, target, scope_path, detail)
                VALUES (:actor, :action, :target, :scope, :detail)""")
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("scope", scopePath == null ? "/" : scopePath)
                .param("detail", detail)
                .update();
    }

    public List<Entry> recent(DataScope scope, String actionFilter, int page, int size) {
        return jdbc.sql("""
                SELECT id, at, actor, action, target, scope_path, detail FROM audit_log
                WHERE scope_path LIKE :prefix || '%' AND (:action = '' OR action = :action)
                ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix())
                .param("action", actionFilter == null ? "" : actionFilter)
                .param("limit", size)
                .param("offset", page * size)
                .query(Entry.class)
                .list();
    }

    public long count(DataScope scope, String actionFilter) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_log
                WHERE scope_path LIKE :prefix || '%' AND (:action = '' OR action = :action)""")
                .param("prefix", scope.prefix())
                .param("action", actionFilter == null ? "" : actionFilter)
                .query(Long.class)
                .single();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    public record Entry(long id, OffsetDateTime at, String actor, String action, String target,
                        String scopePath, String detail) {
    }
}
