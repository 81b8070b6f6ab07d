package org.linli.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.linli.testing.ModuleTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The platform with the kernel alone: a refused form comes back as its page, with the reason beside
 * the field and what was typed (never a password); the API answers the same refusal as JSON 400;
 * pages read "today" from the one clock.
 */
@ModuleTest
@AutoConfigureMockMvc
class PlatformModuleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Test
    void aRefusedFormComesBackAsItsPageWithTheReasonAndWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/platform-test/form").with(user("worker")).with(csrf())
                        .param("username", "taken").param("password", "secret-1").param("note", "第二次提交"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"username-error\">用户名“taken”已被使用<")
                .contains("value=\"taken\"").contains("value=\"第二次提交\"").doesNotContain("secret-1")
                .contains("data-testid=\"tab\">first<");
    }

    @Test
    void aCommandFailingItsConstraintsIsShownTheSameWay() throws Exception {
        String page = mvc.perform(post("/platform-test/form").with(user("worker")).with(csrf())
                        .param("username", " ").param("note", "留言"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"username-error\">请填写用户名<").contains("value=\"留言\"");
    }

    @Test
    void aFormPostedElsewhereComesBackOnItsPageWithThePagesOwnParameters() throws Exception {
        String page = mvc.perform(post("/platform-test/second").with(user("worker")).with(csrf()).param("tab", "second"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"tab\">second<").contains("data-testid=\"refused-form\">second<")
                .contains("data-testid=\"refusal\">只能把网格员分配到网格<");
    }

    @Test
    void theApiAnswersARefusalAsJson() throws Exception {
        mvc.perform(post("/platform-test/api").with(user("worker")).with(csrf()).param("username", "taken"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("用户名“taken”已被使用"))
                .andExpect(jsonPath("$.field").value("username"));
        mvc.perform(post("/platform-test/api").with(user("worker")).with(csrf()).param("username", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.username").value("请填写用户名"));
    }

    @Test
    void pagesReadTodayFromTheClock() throws Exception {
        String today = mvc.perform(get("/platform-test/clock").with(user("worker"))).andReturn().getResponse().getContentAsString();
        assertThat(today).isEqualTo(clock.today().toString());
        clock.advance(Duration.ofDays(3));
        String later = mvc.perform(get("/platform-test/clock").with(user("worker"))).andReturn().getResponse().getContentAsString();
        assertThat(later).isEqualTo(clock.today().toString()).isNotEqualTo(today);
    }
}
