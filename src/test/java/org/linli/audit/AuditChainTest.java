package org.linli.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.DataScope;
import org.linli.testing.TestDatabaseRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log cannot be rewritten through the application's own database connections, and what
 * someone holding the owner's (or the superuser's) password does to it is found: each row is
 * chained to the one before by its hash, and the district administrator's page and the operators'
 * command name the first row altered, removed or inserted.
 */
@LinliTest
class AuditChainTest {

    private static final String DISTRICT = "/15/1501/150104/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    ChainCommand command;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Environment env;

    @Test
    void theApplicationsRoleOwnsNothingAndCannotRewriteTheLog() {
        audit.recordAs("admin", "SIGN_IN", "admin", DISTRICT, "");
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole").query(Long.class).single())
                .isZero();
        for (String sql : List.of("TRUNCATE audit_log", "TRUNCATE audit_log CASCADE",
                "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change", "ALTER TABLE audit_log DISABLE TRIGGER ALL",
                "SET session_replication_role = replica", "UPDATE audit_log SET detail = '改'", "DELETE FROM audit_log",
                "UPDATE audit_chain SET seq = 0", "DROP TABLE audit_log", "CREATE TABLE audit_log_copy (id bigint)",
                "INSERT INTO audit_log (actor, action, scope_path, at) VALUES ('x', 'SIGN_IN', '/', '2020-01-01')",
                "INSERT INTO audit_log (actor, action, scope_path, seq, hash) VALUES ('x', 'SIGN_IN', '/', 1, '\\x00')")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
        assertThat(chain.verify(DataScope.COUNTRY).intact()).isTrue();
    }

    @Test
    void concurrentWritersExtendOneChain() throws Exception {
        long before = chain.verify(DataScope.COUNTRY).headSeq();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit((Callable<Void>) () -> {
                    transaction.executeWithoutResult(tx -> {
                        audit.recordAs("worker", "CASE_OPEN", "并发 " + n, DISTRICT, "");
                        audit.recordAs("worker", "CASE_MOVE", "并发 " + n, DISTRICT, "");
                    });
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditChain.Verification v = chain.verify(DataScope.COUNTRY);
        assertThat(v.intact()).as("%s", v.breaks()).isTrue();
        assertThat(v.headSeq()).isEqualTo(before + 80);
        assertThat(v.checked()).isEqualTo(v.headSeq());
    }

    @Test
    void aRowAlteredByTheOwnerIsNamed() throws Exception {
        long id = entry("篡改前");
        SingleConnectionDataSource session = TestDatabaseRoles.session(env, TestDatabaseRoles.OWNER);
        JdbcClient owner = JdbcClient.create(session);
        try {
            withoutTriggers(owner, "UPDATE audit_log SET detail = '篡改后' WHERE id = " + id);
            assertFirstBreak(id, AuditChain.Kind.ALTERED, "ALTERED");
        } finally {
            withoutTriggers(owner, "UPDATE audit_log SET detail = '篡改前' WHERE id = " + id);
            session.destroy();
        }
        assertThat(chain.verify(DataScope.COUNTRY).intact()).isTrue();
    }

    @Test
    void aRowRemovedByTheOwnerIsNamed() throws Exception {
        long id = entry("将被删除");
        long next = entry("删除之后的一条");
        SingleConnectionDataSource session = TestDatabaseRoles.session(env, TestDatabaseRoles.OWNER);
        JdbcClient owner = JdbcClient.create(session);
        Map<String, Object> row = owner.sql("SELECT * FROM audit_log WHERE id = :id").param("id", id).query().singleRow();
        try {
            withoutTriggers(owner, "DELETE FROM audit_log WHERE id = " + id);
            AuditChain.Break first = assertFirstBreak(next, AuditChain.Kind.REMOVED, "REMOVED");
            assertThat(first.what()).contains("第 " + row.get("seq") + " 条");
        } finally {
            owner.sql("ALTER TABLE audit_log DISABLE TRIGGER USER").update();
            owner.sql("""
                    INSERT INTO audit_log (id, at, actor, action, target, scope_path, detail, seq, prev_hash, hash)
                    VALUES (:id, :at, :actor, :action, :target, :scope_path, :detail, :seq, :prev_hash, :hash)""")
                    .params(row).update();
            owner.sql("ALTER TABLE audit_log ENABLE TRIGGER USER").update();
            session.destroy();
        }
        assertThat(chain.verify(DataScope.COUNTRY).intact()).isTrue();
    }

    @Test
    void aRowInsertedByTheSuperuserIsNamed() throws Exception {
        entry("插入之前");
        SingleConnectionDataSource session = TestDatabaseRoles.session(env, TestDatabaseRoles.SUPERUSER);
        JdbcClient superuser = JdbcClient.create(session);
        superuser.sql("SET session_replication_role = replica").update();
        long forged = superuser.sql("""
                INSERT INTO audit_log (at, actor, action, target, scope_path, detail)
                VALUES ('2026-01-05 09:00+08', 'street', 'PERSONAL_DATA_EXPORT', '伪造的导出', :scope, '')
                RETURNING id""").param("scope", DISTRICT).query(Long.class).single();
        try {
            assertFirstBreak(forged, AuditChain.Kind.INSERTED, "INSERTED");
        } finally {
            superuser.sql("DELETE FROM audit_log WHERE id = " + forged).update();
            session.destroy();
        }
        assertThat(chain.verify(DataScope.COUNTRY).intact()).isTrue();
    }

    @Test
    void thePageAndTheCommandSayTheChainIsIntact() throws Exception {
        entry("完好");
        String page = mvc.perform(get("/audit/verify").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"chain-intact\"").doesNotContain("data-testid=\"chain-broken\"");
        mvc.perform(get("/audit/verify").with(as("street"))).andExpect(status().isForbidden());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.report(new PrintStream(out, true, StandardCharsets.UTF_8), null)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("完好");
    }

    @Test
    void aRewriteThatRecomputesTheChainIsFoundByAnAnchorKeptElsewhere() throws Exception {
        long id = entry("重算之前");
        entry("重算之后的一条");
        AuditChain.Verification before = chain.verify(DataScope.COUNTRY);
        String anchor = before.headSeq() + ":" + before.headHash();
        assertThat(chain.holds(anchor)).isTrue();
        SingleConnectionDataSource session = TestDatabaseRoles.session(env, TestDatabaseRoles.OWNER);
        JdbcClient owner = JdbcClient.create(session);
        try {
            rewriteAndRechain(owner, id, "重算之后");
            assertThat(chain.verify(DataScope.COUNTRY).intact()).as("a full rechain fits together again").isTrue();
            assertThat(chain.holds(anchor)).isFalse();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(command.report(new PrintStream(out, true, StandardCharsets.UTF_8), anchor)).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("不在链上");
        } finally {
            rewriteAndRechain(owner, id, "重算之前");
            session.destroy();
        }
        assertThat(chain.holds(anchor)).isTrue();
        assertThat(chain.verify(DataScope.COUNTRY).intact()).isTrue();
    }

    /** What someone holding the owner's password can do: change a row and recompute every hash from it on. */
    private static void rewriteAndRechain(JdbcClient owner, long id, String detail) {
        owner.sql("ALTER TABLE audit_log DISABLE TRIGGER USER").update();
        owner.sql("UPDATE audit_log SET detail = :d WHERE id = :id").param("d", detail).param("id", id).update();
        owner.sql("""
                DO $$ DECLARE r record; prev bytea; h bytea; BEGIN
                    SELECT prev_hash INTO prev FROM audit_log WHERE id = %d;
                    FOR r IN SELECT * FROM audit_log WHERE seq >= (SELECT seq FROM audit_log WHERE id = %d) ORDER BY seq LOOP
                        h := audit_log_digest(prev, r.seq, r.id, r.at, r.actor, r.action, r.target, r.scope_path, r.detail);
                        UPDATE audit_log SET prev_hash = prev, hash = h WHERE id = r.id;
                        prev := h;
                    END LOOP;
                    UPDATE audit_chain SET hash = prev;
                END $$""".formatted(id, id)).update();
        owner.sql("ALTER TABLE audit_log ENABLE TRIGGER USER").update();
    }

    /** The verification's first break is the row named, on the page and from the command. */
    private AuditChain.Break assertFirstBreak(long id, AuditChain.Kind kind, String attribute) throws Exception {
        AuditChain.Verification v = chain.verify(DataScope.COUNTRY);
        assertThat(v.intact()).isFalse();
        assertThat(v.first().kind()).isEqualTo(kind);
        assertThat(v.first().id()).isEqualTo(id);
        String page = mvc.perform(get("/audit/verify").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"chain-broken\"").contains("data-kind=\"" + attribute + "\"")
                .contains("data-id=\"" + id + "\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.report(new PrintStream(out, true, StandardCharsets.UTF_8), null)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(kind.label).contains("id " + id);
        return v.first();
    }

    private long entry(String detail) {
        transaction.executeWithoutResult(tx -> audit.recordAs("admin", "ACCOUNT_UPDATE", "审计链测试", DISTRICT, detail));
        return jdbc.sql("SELECT max(id) FROM audit_log WHERE detail = :d").param("d", detail).query(Long.class).single();
    }

    private static void withoutTriggers(JdbcClient owner, String sql) {
        owner.sql("ALTER TABLE audit_log DISABLE TRIGGER USER").update();
        owner.sql(sql).update();
        owner.sql("ALTER TABLE audit_log ENABLE TRIGGER USER").update();
    }
}
