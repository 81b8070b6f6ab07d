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
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #11, item 5: a signed-in session ends at its next request once its account is disabled,
 * given another role or division, or a new password; the person's own password change keeps the
 * session they made it in. Each case signs in for real (a session, as a browser has) and tries to
 * reveal a resident's phone number after the change.
 */
@LinliTest
class SessionsEndTest {

    private static final String COMMITTEE = "150104001004";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        String name = worker("sess-disabled");
        MockHttpSession session = signIn(name);
        long resident = residentWithPhone();
        assertRevealsPhone(session, resident);

        change(name, "COMMUNITY_WORKER", COMMITTEE, false);

        assertSignedOut(session, resident);
    }

    @Test
    void demotingAnAccountEndsItsOpenSession() throws Exception {
        String name = worker("sess-demoted");
        MockHttpSession session = signIn(name);
        long resident = residentWithPhone();
        assertRevealsPhone(session, resident);

        change(name, "RESIDENT", COMMITTEE, true);

        assertSignedOut(session, resident);
    }

    @Test
    void movingAnAccountEndsItsOpenSession() throws Exception {
        String name = worker("sess-moved");
        MockHttpSession session = signIn(name);
        long resident = residentWithPhone();
        assertRevealsPhone(session, resident);

        change(name, "COMMUNITY_WORKER", "150104001005", true);

        assertSignedOut(session, resident);
    }

    @Test
    void anAdministratorsPasswordResetEndsTheAccountsSessions() throws Exception {
        String name = worker("sess-reset");
        MockHttpSession session = signIn(name);
        mvc.perform(post("/accounts/{id}/password", id(name)).with(as("admin")).with(csrf()).param("password", "fresh-Start-7"))
                .andExpect(status().is3xxRedirection());
        assertSignedOut(session, residentWithPhone());
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        String name = worker("sess-own");
        MockHttpSession here = signIn(name);
        MockHttpSession elsewhere = signIn(name);

        mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", "start-Pass-9")
                        .param("newPassword", "next-Pass-8").param("confirmPassword", "next-Pass-8"))
                .andExpect(redirectedUrl("/"));

        long resident = residentWithPhone();
        assertRevealsPhone(here, resident);
        assertSignedOut(elsewhere, resident);
    }

    private void assertRevealsPhone(MockHttpSession session, long resident) throws Exception {
        String fragment = mvc.perform(post("/residents/{id}/reveal", resident).param("what", "PHONE").session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).containsPattern("1\\d{10}");
    }

    /** The old session is sent to sign-in, reveals nothing, and its API calls answer 401. */
    private void assertSignedOut(MockHttpSession session, long resident) throws Exception {
        long reveals = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PERSONAL_DATA_REVEAL'").query(Long.class).single();
        mvc.perform(get("/residents/{id}", resident).session(session)).andExpect(redirectedUrl("/login?error=expired"));
        MockHttpSession again = session.isInvalid() ? new MockHttpSession() : session;
        String answer = mvc.perform(post("/residents/{id}/reveal", resident).param("what", "PHONE").session(again).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContainPattern("1\\d{10}");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PERSONAL_DATA_REVEAL'").query(Long.class).single())
                .isEqualTo(reveals);
        assertThat(session.isInvalid()).isTrue();
    }

    /**
     * Another instance on the same database changes the account: nothing in this instance's memory
     * hears of it (the row is written with SQL here), and the session ends all the same.
     */
    @Test
    void aChangeWrittenByAnotherInstanceEndsTheSessionToo() throws Exception {
        String name = worker("sess-elsewhere");
        MockHttpSession session = signIn(name);
        long resident = residentWithPhone();
        assertRevealsPhone(session, resident);
        jdbc.sql("UPDATE account SET role = 'GRID_WORKER' WHERE username = :u").param("u", name).update();
        assertSignedOut(session, resident);
    }

    @Test
    void anEndedSessionGets401FromTheApi() throws Exception {
        String name = worker("sess-api");
        MockHttpSession session = signIn(name);
        mvc.perform(get("/api/residents").session(session)).andExpect(status().isOk());
        change(name, "COMMUNITY_WORKER", COMMITTEE, false);
        mvc.perform(get("/api/residents").session(session)).andExpect(status().isUnauthorized());
    }

    private String worker(String name) {
        accounts.createSystemAccount(name, "会话测试", Role.COMMUNITY_WORKER, divisions.findByCode(COMMITTEE).orElseThrow(),
                "start-Pass-9");
        return name;
    }

    private MockHttpSession signIn(String name) throws Exception {
        var result = mvc.perform(formLogin("/login").user(name).password("start-Pass-9")).andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** The district administrator changes the account on its page. */
    private void change(String name, String role, String divisionCode, boolean enabled) throws Exception {
        var request = post("/accounts/{id}", id(name)).with(as("admin")).with(csrf())
                .param("username", name).param("displayName", "会话测试").param("role", role).param("divisionCode", divisionCode);
        mvc.perform(enabled ? request.param("enabled", "true") : request.param("_enabled", "on"))
                .andExpect(status().is3xxRedirection());
    }

    private long id(String name) {
        return jdbc.sql("SELECT id FROM account WHERE username = :u").param("u", name).query(Long.class).single();
    }

    private long residentWithPhone() {
        return jdbc.sql("""
                        SELECT id FROM resident WHERE phone_cipher IS NOT NULL AND division_path LIKE :p || '%'
                        ORDER BY id LIMIT 1""")
                .param("p", divisions.findByCode(COMMITTEE).orElseThrow().path()).query(Long.class).single();
    }
}
