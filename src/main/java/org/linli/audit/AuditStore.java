package org.linli.audit;

import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code audit_log}, which a trigger keeps append-only. */
@Component
class AuditStore {

    private static final String MATCHING = "scope_path LIKE :prefix || '%' AND (:action = '' OR action = :action)";

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entry's time is the database's own: the log's order is the order things happened, whatever a test's clock says. */
    void append(String actor, String action, String target, String scopePath, String detail) {
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, target, scope_path, detail)
                VALUES (:actor, :action, :target, :scope, :detail)""")
                .param("actor", actor).param("action", action).param("target", target).param("scope", scopePath)
                .param("detail", detail)
                .update();
    }

    List<AuditLog.Entry> recent(DataScope scope, String action, int limit, int offset) {
        return jdbc.sql("SELECT id, at, actor, action, target, scope_path, detail FROM audit_log WHERE " + MATCHING
                        + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("prefix", scope.prefix()).param("action", action).param("limit", limit).param("offset", offset)
                .query(AuditLog.Entry.class).list();
    }

    long count(DataScope scope, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE " + MATCHING)
                .param("prefix", scope.prefix()).param("action", action)
                .query(Long.class).single();
    }
}
