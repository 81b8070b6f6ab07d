package org.linli.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.testing.LinkageFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees and writes what: a committee its own, the street its committees, the district all;
 * a worker of another committee or staff of another street find nothing (404), and only the
 * committee's workers write.
 */
@LinliTest
class LinkageScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    TestClock clock;

    LinkageFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new LinkageFixtures(mvc, jdbc, divisions);
    }

    @Test
    void anotherCommitteeAndAnotherStreetFindNothingAndOnlyTheCommitteeWrites() throws Exception {
        long need = fixtures.need("worker", "HEALTH", "范围测试需求", null);
        long project = fixtures.project("worker", "范围测试项目", null, null, clock.today().minusDays(2));
        long organisation = fixtures.organisation("worker", "范围测试协会");
        fixtures.entry("worker", "IN", "10", clock.today(), "范围测试捐赠人", "PERSON", project);
        long entry = jdbc.sql("SELECT max(id) FROM linkage_fund_entry WHERE party = '范围测试捐赠人'").query(Long.class).single();

        for (String other : new String[] {"worker4", "street2"}) {
            mvc.perform(get("/linkage/needs").param("need", String.valueOf(need)).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/linkage/projects/" + project).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/linkage/organisations/" + organisation).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(post("/linkage/projects/" + project + "/start").with(as(other)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/linkage/projects/" + project + "/finish").with(as(other)).with(csrf()).param("result", "越权")
                    .param("finishedOn", clock.today().toString())).andExpect(status().isNotFound());
            mvc.perform(post("/linkage/funds/entries/" + entry + "/reverse").with(as(other)).with(csrf()).param("reason", "越权"))
                    .andExpect(status().isNotFound());
            assertThat(fixtures.page("/linkage/needs", other)).doesNotContain("范围测试需求");
            assertThat(fixtures.page("/linkage/projects", other)).doesNotContain("范围测试项目");
            assertThat(fixtures.page("/linkage/organisations", other)).doesNotContain("范围测试协会");
        }
        mvc.perform(get("/linkage/funds").param("committee", LinkageFixtures.COMMITTEE).with(as("street2"))).andExpect(status().isNotFound());
        assertThat(fixtures.page("/linkage/funds", "worker4")).doesNotContain("范围测试捐赠人");

        for (String reader : new String[] {"street", "admin"}) {
            assertThat(fixtures.page("/linkage/needs", reader)).contains("范围测试需求");
            assertThat(fixtures.page("/linkage/projects/" + project, reader)).contains("范围测试项目").doesNotContain("data-testid=\"finish-form\"");
            assertThat(fixtures.page("/linkage/funds?committee=" + LinkageFixtures.COMMITTEE, reader)).contains("范围测试捐赠人");
            mvc.perform(post("/linkage/needs").with(as(reader)).with(csrf()).param("kind", "OTHER").param("title", "上级代录")
                    .param("people", "1")).andExpect(status().isNotFound());
            mvc.perform(post("/linkage/projects/" + project + "/start").with(as(reader)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/linkage/needs").with(as("dept"))).andExpect(status().isForbidden());
        mvc.perform(get("/linkage/funds").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/linkage/projects/999999999").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/linkage/needs").param("kind", "NOT_A_KIND").with(as("worker"))).andExpect(status().is4xxClientError());
    }
}
