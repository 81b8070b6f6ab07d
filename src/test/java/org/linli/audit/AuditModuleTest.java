package org.linli.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.linli.shared.DataScope;
import org.linli.testing.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit module on its own: entries are read within a scope only, and none can be changed. */
@ModuleTest
class AuditModuleTest {

    private static final DataScope STREET = new DataScope("/15/1501/150104/150104001/");

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScopeReadsItsOwnEntriesAndThoseBelowItOnly() {
        audit.recordAs("worker", "RESIDENT_UPDATE", "居民 陈**", "/15/1501/150104/150104001/150104001002/", "电话");
        audit.recordAs("other", "RESIDENT_UPDATE", "居民 王**", "/15/1501/150104/150104002/150104002001/", "电话");
        audit.recordAs("admin", "SIGN_IN", "admin", "/15/1501/150104/", "");

        assertThat(audit.recent(STREET, "", 0, 50)).extracting(AuditLog.Entry::actor).containsExactly("worker");
        assertThat(audit.count(STREET, "")).isEqualTo(1);
        assertThat(audit.count(DataScope.COUNTRY, "RESIDENT_UPDATE")).isEqualTo(2);
        assertThat(audit.recent(DataScope.COUNTRY, "", 0, 50).getFirst().actionLabel()).isEqualTo("登录");
    }

    @Test
    void entriesCanNeitherBeChangedNorDeleted() {
        audit.recordAs("worker", "CASE_OPEN", "C1", "/15/", "");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'x'").update()).rootCause().hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).rootCause().hasMessageContaining("permission denied for table audit_log");
    }
}
