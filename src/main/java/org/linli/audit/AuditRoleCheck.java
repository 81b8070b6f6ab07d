package org.linli.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says so at start when the application's database role could rewrite the audit log (a superuser,
 * the owner, or a role granted more than SELECT and INSERT on it): an external database still run
 * by one user. The chain still shows rewriting afterwards, but nothing stops it.
 */
@Component
class AuditRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(AuditRoleCheck.class);

    private final JdbcClient jdbc;

    AuditRoleCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        boolean mayRewrite = jdbc.sql("""
                SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE')
                       OR has_table_privilege('audit_log', 'UPDATE, DELETE, TRUNCATE')
                FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'audit_log'::regclass""")
                .query(Boolean.class).single();
        if (mayRewrite) {
            log.warn("应用连接数据库所用的角色可以改写审计日志（超级用户、所有者或有 UPDATE/DELETE/TRUNCATE 权限）："
                    + "请按 docs/security.md 为应用建立只读写数据行的角色（linli_app），迁移用所有者运行（spring.flyway.user）。");
        }
    }
}
