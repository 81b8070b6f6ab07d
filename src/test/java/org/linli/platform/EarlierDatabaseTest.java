package org.linli.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.linli.testing.TestDatabaseRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database of an earlier version, where the superuser made and owned everything (the schema, the
 * event publication table Spring Modulith created at start-up) and the audit log had no chain, is
 * handed to the owner at start, migrated as the owner, its audit rows chained in their order, and
 * then served to the application's role like a new one.
 */
class EarlierDatabaseTest {

    @Test
    void anEarlierDatabaseIsHandedToTheOwnerAndItsAuditRowsChained() throws Exception {
        String database = TestDatabaseRoles.legacyDatabase();
        DataSource superuser = TestDatabaseRoles.dataSource(database, TestDatabaseRoles.SUPERUSER);
        Flyway.configure().dataSource(superuser).locations("classpath:db/migration").target("25.1").load().migrate();
        JdbcClient asSuperuser = JdbcClient.create(superuser);
        asSuperuser.sql("""
                CREATE TABLE IF NOT EXISTS event_publication (id uuid NOT NULL, listener_id text NOT NULL,
                    event_type text NOT NULL, serialized_event text NOT NULL, publication_date timestamptz NOT NULL,
                    completion_date timestamptz, status text, completion_attempts int,
                    last_resubmission_date timestamptz, PRIMARY KEY (id))""").update();
        for (String who : new String[] {"admin", "street", "worker"}) {
            asSuperuser.sql("INSERT INTO audit_log (actor, action, target, scope_path, detail) VALUES (:a, 'SIGN_IN', :a, '/15/', '旧版本')")
                    .param("a", who).update();
        }

        for (int start = 0; start < 2; start++) {
            try (Connection c = superuser.getConnection()) {
                DatabaseRoles.create(c);
                DatabaseRoles.handOver(c, database);
            }
        }
        DataSource owner = TestDatabaseRoles.dataSource(database, DatabaseRoles.OWNER);
        Flyway.configure().dataSource(owner).locations("classpath:db/migration").target("28.1")
                .placeholders(Map.of("approle", DatabaseRoles.APP)).load().migrate();

        assertThat(asSuperuser.sql("""
                SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relowner <> 'linli_owner'::regrole""").query(Long.class).single()).isZero();
        assertThat(asSuperuser.sql("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :d").param("d", database)
                .query(String.class).single()).isEqualTo(DatabaseRoles.OWNER);

        DataSource app = TestDatabaseRoles.dataSource(database, DatabaseRoles.APP);
        JdbcClient asApp = JdbcClient.create(app);
        new TransactionTemplate(new DataSourceTransactionManager(app)).executeWithoutResult(tx ->
                asApp.sql("INSERT INTO audit_log (actor, action, target, scope_path, detail) VALUES ('admin', 'SIGN_OUT', 'admin', '/15/', '新版本')")
                        .update());
        asApp.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date) "
                + "VALUES (gen_random_uuid(), 'l', 't', '{}', '2026-12-01 08:00+08')").update();
        assertThatThrownBy(() -> asApp.sql("TRUNCATE audit_log").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> asApp.sql("CREATE TABLE t (id int)").update()).rootCause().hasMessageContaining("permission denied");

        assertThat(asApp.sql("""
                SELECT array_agg(seq ORDER BY seq) = ARRAY[1, 2, 3, 4]::bigint[]
                       AND bool_and(hash = audit_log_digest(prev_hash, seq, id, at, actor, action, target, scope_path, detail))
                       AND bool_and(prev_hash IS NOT DISTINCT FROM previous)
                FROM (SELECT *, coalesce(lag(hash) OVER (ORDER BY seq), decode(repeat('00', 32), 'hex')) AS previous
                      FROM audit_log) chained""").query(Boolean.class).single()).isTrue();
        assertThat(asApp.sql("SELECT detail FROM audit_log ORDER BY seq").query(String.class).list())
                .containsExactly("旧版本", "旧版本", "旧版本", "新版本");
    }
}
