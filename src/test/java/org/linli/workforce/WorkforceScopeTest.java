package org.linli.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.WorkforceFixtures.COMMITTEE;
import static org.linli.testing.WorkforceFixtures.OTHER_COMMITTEE;
import static org.linli.testing.WorkforceFixtures.OTHER_STREET_COMMITTEE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.testing.TestClock;
import org.linli.testing.WorkforceFixtures;
import org.linli.workforce.register.Register;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees and changes whom: the street its own workers (another street's are not found), the
 * committee's worker their committee's register read-only and only their own growth record and pay.
 */
@LinliTest
class WorkforceScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    TestClock clock;

    WorkforceFixtures fixtures;
    LocalDate started;

    @BeforeEach
    void setUp() {
        fixtures = new WorkforceFixtures(register, accounts, jdbc);
        started = clock.today().minusYears(1);
    }

    private String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anotherStreetsWorkersAreNotFound() throws Exception {
        long elsewhere = fixtures.worker(OTHER_STREET_COMMITTEE, "外街道", Post.MEMBER, 3, Degree.BACHELOR, Certificate.NONE, started);
        mvc.perform(get("/workforce/" + elsewhere).with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(post("/workforce/" + elsewhere + "/training").with(as("street")).with(csrf()).param("heldOn", started.toString())
                .param("title", "越界").param("hours", "4").param("organiser", "街道")).andExpect(status().isNotFound());
        mvc.perform(post("/workforce/" + elsewhere + "/qualifications").with(as("street")).with(csrf()).param("degree", "MASTER")
                .param("certificate", "NONE")).andExpect(status().isNotFound());
        assertThat(page("/workforce?name=外街道", "street")).contains("data-total=\"0\"");
        assertThat(page("/workforce?name=外街道", "admin")).contains("data-total=\"1\"");
        mvc.perform(get("/workforce/" + elsewhere).with(as("admin"))).andExpect(status().isOk());
        // a place outside the street is refused on the field, not entered
        String answer = mvc.perform(post("/workforce").with(as("street")).with(csrf()).param("name", "越界登记")
                        .param("place", OTHER_STREET_COMMITTEE).param("post", "MEMBER").param("grade", "1").param("degree", "BACHELOR")
                        .param("certificate", "NONE").param("startedOn", started.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("is-invalid");
        assertThat(jdbc.sql("SELECT count(*) FROM community_worker WHERE name = '越界登记'").query(Long.class).single()).isZero();
    }

    @Test
    void aCommitteesWorkerReadsTheRegisterAndOnlyTheirOwnRecordAndEditsNothing() throws Exception {
        long colleague = fixtures.worker(COMMITTEE, "同事甲", Post.MEMBER, 2, Degree.BACHELOR, Certificate.NONE, started);
        long neighbour = fixtures.worker(OTHER_COMMITTEE, "邻社区", Post.MEMBER, 2, Degree.BACHELOR, Certificate.NONE, started);
        long own = jdbc.sql("SELECT w.id FROM community_worker w JOIN account a ON a.id = w.account_id WHERE a.username = 'worker'")
                .query(Long.class).single();

        String list = page("/workforce?name=同事甲", "worker");
        assertThat(list).contains("data-id=\"" + colleague + "\"").doesNotContain("worker-form");
        assertThat(page("/workforce?name=邻社区", "worker")).contains("data-total=\"0\"");
        mvc.perform(get("/workforce/" + colleague).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/workforce/" + neighbour).with(as("worker"))).andExpect(status().isNotFound());
        String mine = page("/workforce/" + own, "worker");
        assertThat(mine).contains("data-testid=\"worker-pay\"").doesNotContain("qualification-form");

        mvc.perform(post("/workforce/" + colleague + "/qualifications").with(as("worker")).with(csrf()).param("degree", "MASTER")
                .param("certificate", "NONE")).andExpect(status().isForbidden());
        mvc.perform(post("/workforce/" + own + "/training").with(as("worker")).with(csrf()).param("heldOn", started.toString())
                .param("title", "自录").param("hours", "4").param("organiser", "社区")).andExpect(status().isForbidden());
        mvc.perform(post("/workforce").with(as("worker")).with(csrf()).param("name", "自加").param("place", COMMITTEE)
                .param("post", "MEMBER").param("grade", "1").param("degree", "BACHELOR").param("certificate", "NONE")
                .param("startedOn", started.toString())).andExpect(status().isForbidden());
        mvc.perform(get("/workforce/" + colleague).with(as("grid"))).andExpect(status().isForbidden());
        assertThat(fixtures.grade(colleague)).isEqualTo(2);

        // the street sees the colleague's pay; the colleague's record is the street's to change
        assertThat(page("/workforce/" + colleague, "street")).contains("data-testid=\"worker-pay\"").contains("qualification-form");
        mvc.perform(post("/workforce/" + colleague + "/appraisals").with(as("street")).with(csrf()).param("year", "2025")
                .param("result", "EXCELLENT")).andExpect(redirectedUrl("/workforce/" + colleague));
        assertThat(page("/workforce/" + colleague, "street")).contains("data-year=\"2025\" data-result=\"EXCELLENT\"");
    }

    @Test
    void aWorkerIsTiedToTheAccountOfTheirOwnPlaceOnce() throws Exception {
        String answer = mvc.perform(post("/workforce").with(as("street")).with(csrf()).param("name", "重复账号").param("place", COMMITTEE)
                        .param("username", "worker").param("post", "MEMBER").param("grade", "1").param("degree", "BACHELOR")
                        .param("certificate", "NONE").param("startedOn", started.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("该登录账号已关联其他社区工作者").contains("value=\"重复账号\"");
        String elsewhere = mvc.perform(post("/workforce").with(as("street")).with(csrf()).param("name", "他处账号")
                        .param("place", OTHER_COMMITTEE).param("username", "grid").param("post", "MEMBER").param("grade", "1")
                        .param("degree", "BACHELOR").param("certificate", "NONE").param("startedOn", started.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(elsewhere).contains("登录账号应属于同一社区或街道的工作人员");
    }
}
