package org.linli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #12, item 10: a password an administrator chose (a new account, a reset) is changed by its
 * owner at the first sign-in, before anything else; the demo accounts are not asked.
 */
@LinliTest
class FirstPasswordTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewAccountChangesItsPasswordBeforeAnythingElse() throws Exception {
        mvc.perform(post("/accounts").with(as("street")).with(csrf())
                        .param("username", "firstpw").param("displayName", "周新").param("role", "COMMUNITY_WORKER")
                        .param("divisionCode", "150104001005").param("password", "given-Pass-4").param("enabled", "true"))
                .andExpect(redirectedUrl("/accounts"));
        MockHttpSession session = signIn("firstpw", "given-Pass-4");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password?due"));
        mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/account/password?due"));
        mvc.perform(get("/api/divisions/places").param("q", "泰和").session(session)).andExpect(status().isForbidden());
        String page = mvc.perform(get("/account/password").param("due", "").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"password-due\"");

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "given-Pass-4")
                        .param("newPassword", "mine-Only-83").param("confirmPassword", "mine-Only-83"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(due("firstpw")).isFalse();
    }

    @Test
    void aResetPasswordIsDueForChangeTooAndDemoAccountsAreNotAsked() throws Exception {
        mvc.perform(post("/accounts").with(as("admin")).with(csrf())
                        .param("username", "resetpw").param("displayName", "吴芳").param("role", "COMMUNITY_WORKER")
                        .param("divisionCode", "150104001005").param("password", "given-Pass-4").param("enabled", "true"))
                .andExpect(redirectedUrl("/accounts"));
        jdbc.sql("UPDATE account SET password_change_due = false WHERE username = 'resetpw'").update();
        long id = jdbc.sql("SELECT id FROM account WHERE username = 'resetpw'").query(Long.class).single();
        mvc.perform(post("/accounts/{id}/password", id).with(as("admin")).with(csrf()).param("password", "reset-Pass-61"))
                .andExpect(status().is3xxRedirection());
        assertThat(due("resetpw")).isTrue();
        mvc.perform(get("/").session(signIn("resetpw", "reset-Pass-61"))).andExpect(redirectedUrl("/account/password?due"));

        // The demo's accounts (made by the system, not by an administrator) go straight to work.
        mvc.perform(get("/").session(signIn("worker", "linli2026"))).andExpect(status().isOk());
    }

    private MockHttpSession signIn(String name, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(name).password(password)).andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private boolean due(String name) {
        return jdbc.sql("SELECT password_change_due FROM account WHERE username = :u").param("u", name)
                .query(Boolean.class).single();
    }
}
