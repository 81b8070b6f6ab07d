package org.linli.access;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@LinliTest
class AccountAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void streetStaffCreatesAWorkerForOneOfItsCommittees() throws Exception {
        mvc.perform(post("/accounts").with(as("street")).with(csrf())
                        .param("username", "newworker").param("displayName", "新社工").param("role", "COMMUNITY_WORKER")
                        .param("divisionCode", "150104001005").param("password", "start-123").param("enabled", "true"))
                .andExpect(redirectedUrl("/accounts"));
        assertThat(jdbc.sql("SELECT division_path FROM account WHERE username = 'newworker'").query(String.class).single())
                .isEqualTo("/15/1501/150104/150104001/150104001005/");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ACCOUNT_CREATE' AND target = 'newworker'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void streetStaffCannotCreateAccountsOutsideItsStreetAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/accounts").with(as("street")).with(csrf())
                        .param("username", "intruder").param("displayName", "越权者").param("role", "COMMUNITY_WORKER")
                        .param("divisionCode", "150104002001").param("password", "start-123").param("enabled", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("不存在或不在您的管辖范围内").contains("value=\"intruder\"").contains("value=\"越权者\"");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'intruder'").query(Long.class).single()).isZero();
    }

    @Test
    void rolesMustMatchTheLevelOfTheirDivision() throws Exception {
        String page = mvc.perform(post("/accounts").with(as("admin")).with(csrf())
                        .param("username", "gridonstreet").param("displayName", "错位网格员").param("role", "GRID_WORKER")
                        .param("divisionCode", "150104001").param("password", "start-123").param("enabled", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("网格员账户应属于网格");
    }

    @Test
    void onlyDistrictAdministratorsMayCreateDistrictAdministrators() throws Exception {
        String page = mvc.perform(post("/accounts").with(as("street")).with(csrf())
                        .param("username", "selfpromoted").param("displayName", "自封").param("role", "DISTRICT_ADMIN")
                        .param("divisionCode", "150104001").param("password", "start-123").param("enabled", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("只有区级管理员可以设置区级管理员账户");
    }

    @Test
    void aWeakResetPasswordIsRefusedBesideTheResetFormOfTheAccountPage() throws Exception {
        long worker = jdbc.sql("SELECT id FROM account WHERE username = 'worker'").query(Long.class).single();
        String page = mvc.perform(post("/accounts/{id}/password", worker).with(as("street")).with(csrf()).param("password", "short"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"reset-password-error\"").contains("密码至少 8 位")
                .contains("value=\"worker\"").doesNotContain("value=\"short\"");
    }

    @Test
    void aFormFailingItsConstraintsKeepsWhatWasTypedAndSaysWhyPerField() throws Exception {
        String page = mvc.perform(post("/accounts").with(as("street")).with(csrf())
                        .param("username", "x").param("displayName", "").param("role", "COMMUNITY_WORKER")
                        .param("divisionCode", "150104001005").param("password", "start-123").param("_enabled", "on"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("用户名须为 3–50 个字母、数字或 _ . -").contains("请填写姓名").contains("value=\"150104001005\"");
    }

    @Test
    void accountsOutsideTheScopeAnswer404AndOtherRolesGetNoAccountPages() throws Exception {
        long admin = jdbc.sql("SELECT id FROM account WHERE username = 'admin'").query(Long.class).single();
        mvc.perform(get("/accounts/{id}", admin).with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/accounts").with(as("worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as("street"))).andExpect(status().isForbidden());
    }
}
