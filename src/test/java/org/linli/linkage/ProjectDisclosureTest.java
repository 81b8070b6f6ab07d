package org.linli.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.testing.Events;
import org.linli.testing.LinkageFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;

/** A project started and finished with its result, which appears on the committee's public disclosure board. */
@LinliTest
class ProjectDisclosureTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    TestClock clock;
    @Autowired
    EventPublicationRegistry registry;

    LinkageFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new LinkageFixtures(mvc, jdbc, divisions);
    }

    @Test
    void aFinishedProjectsResultIsPostedOnTheBoard() throws Exception {
        long project = fixtures.project("worker", "垃圾分类督导项目", null, null, clock.today().minusDays(30));
        mvc.perform(post("/linkage/projects/" + project + "/start").with(as("worker")).with(csrf()))
                .andExpect(redirectedUrl("/linkage/projects/" + project));
        String early = mvc.perform(post("/linkage/projects/" + project + "/finish").with(as("worker")).with(csrf())
                        .param("result", "提前结项").param("finishedOn", clock.today().minusDays(31).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(early).contains("结项日期不能早于项目开始日期");
        String future = mvc.perform(post("/linkage/projects/" + project + "/finish").with(as("worker")).with(csrf())
                        .param("result", "未来结项").param("finishedOn", clock.today().plusDays(1).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("日期不能晚于今天");

        mvc.perform(post("/linkage/projects/" + project + "/finish").with(as("worker")).with(csrf())
                        .param("result", "督导员 12 名上岗，分类准确率由 40% 提高到 85%。").param("finishedOn", clock.today().toString()))
                .andExpect(redirectedUrl("/linkage/projects/" + project));
        Events.settle(registry);
        String board = mvc.perform(get("/public/disclosure/" + LinkageFixtures.COMMITTEE)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(board).contains("项目成效：垃圾分类督导项目").contains("分类准确率由 40% 提高到 85%");
        String twice = mvc.perform(post("/linkage/projects/" + project + "/finish").with(as("worker")).with(csrf())
                        .param("result", "再结一次").param("finishedOn", clock.today().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("项目已结项");
        assertThat(fixtures.page("/linkage/projects/" + project, "street")).contains("data-testid=\"project-result\"");
    }
}
