package org.linli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@LinliTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @Autowired
    UserDetailsService users;

    @Test
    void signsInWithTheRightPasswordAndRecordsIt() throws Exception {
        mvc.perform(formLogin("/login").user("worker").password("linli2026"))
                .andExpect(redirectedUrl("/"));
        assertThat(audits("SIGN_IN", "worker")).isPositive();
    }

    @Test
    void passwordsAreStoredAsModernHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = 'worker'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("linli2026");
    }

    @Test
    void locksTheAccountAfterFiveFailures() throws Exception {
        accounts.createSystemAccount("locktest", "锁定测试", Role.COMMUNITY_WORKER,
                divisions.findByCode("150104001004").orElseThrow(), "right-pass-1");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("locktest").password("wrong")).andExpect(redirectedUrl("/login?error=bad&username=locktest"));
        }
        mvc.perform(formLogin("/login").user("locktest").password("wrong")).andExpect(redirectedUrl("/login?error=locked&username=locktest"));
        // Even the right password is refused while locked.
        mvc.perform(formLogin("/login").user("locktest").password("right-pass-1")).andExpect(redirectedUrl("/login?error=locked&username=locktest"));
        assertThat(audits("SIGN_IN_FAILED", "locktest")).isEqualTo(5);
        assertThat(audits("SIGN_IN_REFUSED", "locktest")).isEqualTo(1);
    }

    @Test
    void writesWithoutACsrfTokenAreRefused() throws Exception {
        long committee = jdbc.sql("SELECT id FROM division WHERE code = '150104001002'").query(Long.class).single();
        mvc.perform(post("/divisions/{id}/places", committee).with(user(users.loadUserByUsername("worker")))
                .param("name", "无令牌网格")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM division WHERE name = '无令牌网格'").query(Long.class).single()).isZero();
    }

    @Test
    void changesOwnPasswordOnlyWithTheCurrentOneAndAStrongNewOne() throws Exception {
        accounts.createSystemAccount("pwtest", "改密测试", Role.COMMUNITY_WORKER,
                divisions.findByCode("150104001004").orElseThrow(), "old-pass-1");
        var pwtest = user(users.loadUserByUsername("pwtest"));
        mvc.perform(post("/account/password").with(pwtest).with(csrf()).param("currentPassword", "nope")
                        .param("newPassword", "new-pass-2").param("confirmPassword", "new-pass-2"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("当前密码不正确"));
        mvc.perform(post("/account/password").with(pwtest).with(csrf()).param("currentPassword", "old-pass-1")
                        .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("密码至少 8 位"));
        mvc.perform(post("/account/password").with(pwtest).with(csrf()).param("currentPassword", "old-pass-1")
                        .param("newPassword", "new-pass-2").param("confirmPassword", "new-pass-2"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("pwtest").password("new-pass-2")).andExpect(redirectedUrl("/"));
        assertThat(audits("PASSWORD_CHANGE", "pwtest")).isEqualTo(1);
    }

    @Test
    void signsOutAndRecordsIt() throws Exception {
        mvc.perform(post("/logout").with(user(users.loadUserByUsername("street"))).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(audits("SIGN_OUT", "street")).isPositive();
    }

    @Test
    void theAuditLogCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'x'").update()).rootCause().hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).rootCause().hasMessageContaining("permission denied for table audit_log");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/divisions")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    private long audits(String action, String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND actor = :u")
                .param("a", action).param("u", actor).query(Long.class).single();
    }
}
