package org.linli.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.deliberation.ResolutionPassed;
import org.linli.testing.ConventionFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A convention's way: the draft goes out for comment through the consultation module, is put to
 * the vote of one of the committee's topics, becomes adopted on the day the meeting's resolution
 * on that topic passes, and is filed by the street (or sent back); residents read it once in force.
 */
@LinliTest
class ConventionAdoptionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    ConventionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ConventionFixtures(context);
    }

    @Test
    void aResolutionOnItsTopicAdoptsTheConventionAndTheStreetFilesIt() throws Exception {
        long id = draft("测试居民公约（修订）");
        assertThat(jdbc.sql("SELECT kind FROM convention WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("RESIDENTS");
        Long consultation = jdbc.sql("SELECT consultation_id FROM convention WHERE id = :id").param("id", id).query(Long.class).single();
        assertThat(consultation).isNotNull();
        assertThat(fixtures.deliberation().page("worker", "/consultations/" + consultation)).contains("测试居民公约（修订）");
        assertThat(fixtures.deliberation().page("worker", "/conventions/" + id)).contains("/consultations/" + consultation);
        mvc.perform(get("/conventions/{id}", id).with(as("resident"))).andExpect(status().isNotFound());

        long topic = fixtures.deliberation().propose("worker", "审议修订居民公约", "修订居民公约，提交居民会议表决。");
        assertThat(fixtures.send(post("/conventions/{id}/topic", id).param("topicId", "999999"), "worker"))
                .isEqualTo("error:请选择本社区尚未表决的议题");
        assertThat(fixtures.send(post("/conventions/{id}/topic", id).param("topicId", String.valueOf(topic)), "worker")).startsWith("saved:");

        long other = fixtures.deliberation().propose("worker", "另一个议题：修缮车棚", "另一个议题，与公约无关，修缮车棚。");
        fixtures.publish(resolution(other, "另一个议题：修缮车棚", clock.today()));
        assertThat(statusOf(id)).isEqualTo("DRAFTING");
        fixtures.publish(resolution(topic, "审议修订居民公约", clock.today().minusDays(1)));
        assertThat(statusOf(id)).isEqualTo("ADOPTED");
        assertThat(jdbc.sql("SELECT adopted_on FROM convention WHERE id = :id").param("id", id).query(java.time.LocalDate.class).single())
                .isEqualTo(clock.today().minusDays(1));
        assertThat(fixtures.deliberation().page("resident", "/conventions")).contains("测试居民公约（修订）");

        assertThat(fixtures.send(filing(id, clock.today().minusDays(5), "备字1号"), "street")).isEqualTo("error:备案日期应在表决通过之后、不晚于今天");
        assertThat(fixtures.send(filing(id, clock.today(), "备字1号"), "worker")).isEqualTo("error:公约由街道（乡镇）工作人员备案");
        mvc.perform(filing(id, clock.today(), "备字1号").with(as(fixtures.deliberation().account("conv-street-2", "150104002", org.linli.shared.Role.STREET_STAFF)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.send(filing(id, clock.today(), "小召前街备字〔测试〕1号"), "street")).startsWith("saved:");
        assertThat(statusOf(id)).isEqualTo("FILED");
        assertThat(fixtures.deliberation().page("resident", "/conventions/" + id)).contains("小召前街备字〔测试〕1号");
    }

    @Test
    void theStreetSendsAnAdoptedConventionBackAndAnotherVoteAdoptsItAgain() throws Exception {
        long id = draft("测试公约退回");
        long topic = fixtures.deliberation().propose("worker", "审议测试公约退回", "测试公约草案提交居民会议表决。");
        fixtures.send(post("/conventions/{id}/topic", id).param("topicId", String.valueOf(topic)), "worker");
        fixtures.publish(resolution(topic, "审议测试公约退回", clock.today()));
        assertThat(fixtures.send(post("/conventions/{id}/return", id).param("reason", "第三条与上位法不一致"), "street")).startsWith("saved:");
        assertThat(statusOf(id)).isEqualTo("RETURNED");
        assertThat(fixtures.deliberation().page("resident", "/conventions")).doesNotContain("测试公约退回");
        long again = fixtures.deliberation().propose("worker", "再次审议测试公约", "测试公约修改后再次提交表决。");
        assertThat(fixtures.send(post("/conventions/{id}/topic", id).param("topicId", String.valueOf(again)), "worker")).startsWith("saved:");
        fixtures.publish(resolution(again, "再次审议测试公约", clock.today()));
        assertThat(statusOf(id)).isEqualTo("ADOPTED");
        mvc.perform(get("/conventions/{id}", id).with(as(fixtures.otherWorker()))).andExpect(status().isNotFound());
    }

    private long draft(String title) throws Exception {
        MvcResult r = mvc.perform(post("/conventions").param("title", title).param("body", "第一条 遵守法律。\n第二条 邻里和睦。")
                .param("deadline", clock.now().plusDays(10).toLocalDateTime().withNano(0).toString())
                .with(as("worker")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).as(ConventionFixtures.outcome(r)).startsWith("/conventions/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder filing(long id, java.time.LocalDate on, String number) {
        return post("/conventions/{id}/filing", id).param("filedOn", on.toString()).param("number", number);
    }

    /** The resolution deliberation publishes when a meeting passes the topic. */
    private ResolutionPassed resolution(long topic, String title, java.time.LocalDate on) {
        var committee = fixtures.deliberation().committee(ConventionFixtures.COMMITTEE);
        return new ResolutionPassed(topic, committee.id(), committee.path(), title, on);
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM convention WHERE id = :id").param("id", id).query(String.class).single();
    }
}
