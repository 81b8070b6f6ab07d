package org.linli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue #11, item 10: wrong passwords pause a name only from the source that typed them, with
 * pauses that grow; a name that does not exist is answered and paused exactly like one that does;
 * a disabled account is only named as such after its right password.
 */
@LinliTest
class SignInPauseTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OFFICE = "198.51.100.7";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @Autowired
    TestClock clock;

    @Test
    void fiveWrongPasswordsFromElsewhereDoNotLockTheAdministratorOut() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(from(ATTACKER, "admin", "guess-" + i)).andExpect(redirectedUrl("/login?error=bad&username=admin"));
        }
        mvc.perform(from(ATTACKER, "admin", "guess-4")).andExpect(redirectedUrl("/login?error=locked&username=admin"));
        // The attacker is paused, even with the right password ...
        mvc.perform(from(ATTACKER, "admin", "linli2026")).andExpect(redirectedUrl("/login?error=locked&username=admin"));
        // ... the administrator at the office is not.
        mvc.perform(from(OFFICE, "admin", "linli2026")).andExpect(redirectedUrl("/"));
    }

    @Test
    void pausesGrowWithEachFurtherFailure() throws Exception {
        String name = account("pause-grow");
        for (int i = 0; i < 5; i++) {
            mvc.perform(from(ATTACKER, name, "wrong"));
        }
        mvc.perform(from(ATTACKER, name, "right-Pass-4")).andExpect(redirectedUrl("/login?error=locked&username=" + name));
        clock.advance(Duration.ofSeconds(61)); // the first pause was one minute
        mvc.perform(from(ATTACKER, name, "wrong")).andExpect(redirectedUrl("/login?error=locked&username=" + name));
        clock.advance(Duration.ofSeconds(61)); // the second is two
        mvc.perform(from(ATTACKER, name, "right-Pass-4")).andExpect(redirectedUrl("/login?error=locked&username=" + name));
        clock.advance(Duration.ofSeconds(61));
        mvc.perform(from(ATTACKER, name, "right-Pass-4")).andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownNameIsAnsweredAndPausedLikeAKnownOne() throws Exception {
        String known = account("pause-known");
        String unknown = "pause-nobody";
        for (int i = 0; i < 6; i++) {
            String knownAnswer = mvc.perform(from(ATTACKER, known, "wrong")).andReturn().getResponse().getRedirectedUrl();
            String unknownAnswer = mvc.perform(from(ATTACKER, unknown, "wrong")).andReturn().getResponse().getRedirectedUrl();
            assertThat(unknownAnswer).isEqualTo(knownAnswer.replace(known, unknown));
            assertThat(knownAnswer).contains(i < 4 ? "error=bad" : "error=locked");
        }
    }

    @Test
    void aDisabledAccountIsNamedOnlyToWhoeverTypedItsPassword() throws Exception {
        String name = account("pause-disabled");
        jdbc.sql("UPDATE account SET enabled = false WHERE username = :u").param("u", name).update();
        mvc.perform(from(OFFICE, name, "wrong")).andExpect(redirectedUrl("/login?error=bad&username=" + name));
        mvc.perform(from(OFFICE, name, "right-Pass-4")).andExpect(redirectedUrl("/login?error=disabled&username=" + name));
    }

    private String account(String name) {
        accounts.createSystemAccount(name, "暂停测试", Role.COMMUNITY_WORKER, divisions.findByCode("150104001004").orElseThrow(),
                "right-Pass-4");
        return name;
    }

    /** A sign-in from a source address. */
    private static RequestBuilder from(String source, String name, String password) {
        return context -> {
            MockHttpServletRequest request = formLogin("/login").user(name).password(password).buildRequest(context);
            request.setRemoteAddr(source);
            return request;
        };
    }
}
