package org.linli.deliberation.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.DeliberationFixtures.NEIGHBOUR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.CaseRequested;
import org.linli.shared.Role;
import org.linli.testing.DeliberationFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Topics: proposed, pre-reviewed with a reason the proposer sees, and moved through the procedure in order. */
@LinliTest
@RecordApplicationEvents
class TopicTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    DeliberationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeliberationFixtures(context);
    }

    @Test
    void aResidentProposesAndSeesTheReviewsReasonAndRevises() throws Exception {
        String errors = mvc.perform(post("/topics").param("title", "电梯").param("body", "太短").with(as("resident")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请填写议题（4 到 100 个字）").contains("请说明议题的背景和建议");
        long id = fixtures.propose("resident", "3 号楼加装电梯", "3 号楼 7 层无电梯，老人多，希望按程序协商加装电梯并分摊费用。");

        // Only the committee's workers pre-review; a reason is required for anything but admission.
        assertThat(fixtures.refused(fixtures.review(id, "RETURNED", "", null), "street")).isEqualTo("议题预审由居（村）委会工作人员办理");
        assertThat(fixtures.refused(fixtures.review(id, "RETURNED", "", null), "worker")).startsWith("请填写“退回修改”的理由");
        fixtures.ok(fixtures.review(id, "RETURNED", "请补充各楼层住户意见", null), "worker");
        assertThat(fixtures.page("resident", "/topics/" + id)).contains("退回修改").contains("请补充各楼层住户意见");

        fixtures.ok(post("/topics/{id}/revise", id).param("title", "3 号楼加装电梯").param("body",
                "已征求 1–7 层 28 户意见，26 户同意，希望协商加装电梯并按楼层分摊。"), "resident");
        assertThat(fixtures.statusOf(id)).isEqualTo("PROPOSED");
        fixtures.ok(fixtures.review(id, "ADMITTED", "", null), "worker");
        assertThat(jdbc.sql("SELECT procedure FROM topic WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("URBAN");
        assertThat(fixtures.refused(fixtures.review(id, "DECLINED", "重复", null), "worker")).startsWith("该议题已预审");
    }

    @Test
    void anAdmittedTopicFollowsItsProcedureWithoutSkipping() throws Exception {
        long id = fixtures.admitted("worker", "小区停车位规划");
        assertThat(fixtures.refused(fixtures.stage(id, 1, "跳过提出议案直接议定"), "worker")).contains("不能跳过“提出议案”");
        assertThat(fixtures.refused(fixtures.stage(id, 0, "短"), "worker")).contains("请记录议案内容");
        fixtures.ok(fixtures.stage(id, 0, "议案：划定 60 个车位，每月管理费 50 元"), "worker");
        // Deciding needs a meeting whose vote passed: a note is not enough.
        assertThat(fixtures.refused(fixtures.stage(id, 1, "大家都同意"), "worker")).contains("需有符合法定人数的会议表决通过");
        assertThat(jdbc.sql("SELECT stage FROM topic WHERE id = :id").param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(fixtures.page("worker", "/topics/" + id)).contains("议案：划定 60 个车位");
    }

    @Test
    void aRepresentativesMeetingWithQuorumPassesTheTopicAndTheBoardShowsResolutionAndResult() throws Exception {
        long id = fixtures.admitted("worker", "5 号楼加装电梯");
        fixtures.ok(fixtures.stage(id, 0, "议案：5 号楼加装电梯一部，政府补贴 20 万元，其余按楼层分摊"), "worker");
        // Without quorum the meeting is on record but decides nothing.
        String noQuorum = mvc.perform(fixtures.typedMeeting(id, "RESIDENTS_REPRESENTATIVES_MEETING", clock.today(), 30, 15, 15, 0, 0)
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noQuorum).contains("应到 30 人，实到 15 人，未达到半数，不能作出决定");
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_vote WHERE topic_id = :t").param("t", id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_attempt WHERE topic_id = :t").param("t", id).query(Long.class).single()).isOne();
        // A failed vote does not open the next stage either.
        fixtures.ok(fixtures.typedMeeting(id, "RESIDENTS_REPRESENTATIVES_MEETING", clock.today().plusDays(1), 30, 20, 10, 8, 2), "worker");
        assertThat(fixtures.refused(fixtures.stage(id, 1, "决议"), "worker")).contains("需有符合法定人数的会议表决通过");
        fixtures.ok(fixtures.typedMeeting(id, "RESIDENTS_REPRESENTATIVES_MEETING", clock.today().plusDays(2), 30, 16, 9, 5, 2), "worker");
        fixtures.ok(fixtures.stage(id, 1, "居民代表会议通过：加装电梯，按楼层分摊"), "worker");
        fixtures.ok(fixtures.stage(id, 2, "决议：5 号楼加装电梯，政府补贴 20 万元，其余按楼层分摊。"), "worker");
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .contains("公布告知：5 号楼加装电梯").contains("政府补贴 20 万元");
        // The implementation result is published once the resolution's tasks are done (see FollowUpTest).
        fixtures.ok(fixtures.task(id, "委托电梯公司安装电梯", "物业公司", clock.today().plusMonths(6)), "worker");
        fixtures.ok(fixtures.mark(id, fixtures.taskId(id, "委托电梯公司安装电梯"), "DONE", "已安装并验收"), "worker");
        fixtures.ok(fixtures.stage(id, 3, "电梯已于 2027 年 5 月安装完成并通过验收。"), "worker");
        assertThat(fixtures.statusOf(id)).isEqualTo("COMPLETED");
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .contains("组织实施：5 号楼加装电梯").contains("通过验收");
        assertThat(fixtures.page("resident", "/topics/" + id)).contains("已办结").contains("居民代表会议");
    }

    @Test
    void otherOutcomesMergeReferAndDecline() throws Exception {
        long first = fixtures.propose("worker", "广场健身器材维修", "广场健身器材多处损坏，建议协商维修更换。");
        long second = fixtures.propose("grid", "健身器材损坏", "网格巡查发现健身器材损坏，居民反映强烈。");
        fixtures.ok(fixtures.review(second, "MERGED", "与已有议题相同", null).param("mergeInto", String.valueOf(first)), "worker");
        assertThat(jdbc.sql("SELECT merged_into FROM topic WHERE id = :id").param("id", second).query(Long.class).single()).isEqualTo(first);

        // Referring asks the case loop for a case by an event, under a category the case loop has.
        long leak = fixtures.propose("worker", "楼顶漏水需要维修", "5 号楼楼顶漏水，属于物业维修范围，不需协商。");
        assertThat(fixtures.refused(fixtures.review(leak, "REFERRED", "属于物业维修，转诉求办理", null).param("category", "NO_SUCH"),
                "worker")).isEqualTo("没有诉求类别“NO_SUCH”，请重新选择");
        assertThat(events.stream(CaseRequested.class)).isEmpty();
        fixtures.ok(fixtures.review(leak, "REFERRED", "属于物业维修，转诉求办理", null).param("category", "PROPERTY"), "worker");
        assertThat(fixtures.statusOf(leak)).isEqualTo("REFERRED");
        assertThat(events.stream(CaseRequested.class)).singleElement().satisfies(request -> {
            assertThat(request.requestKey()).isEqualTo("topic-referral-" + leak);
            assertThat(request.category()).isEqualTo("PROPERTY");
            assertThat(request.title()).isEqualTo("楼顶漏水需要维修");
            assertThat(request.committeeId()).isEqualTo(fixtures.committee(DeliberationFixtures.HOME).id());
            assertThat(request.requestedBy()).isEqualTo("worker");
        });

        long declined = fixtures.propose("worker", "要求更换社区书记", "个别居民要求更换社区书记，建议议事协商。");
        fixtures.ok(fixtures.review(declined, "DECLINED", "不属于议事协商事项，按法定程序反映", null), "worker");
        assertThat(fixtures.statusOf(declined)).isEqualTo("DECLINED");
    }

    @Test
    void topicsStayWithinTheirCommittee() throws Exception {
        String other = fixtures.account("topic-worker4", NEIGHBOUR, Role.COMMUNITY_WORKER);
        long id = fixtures.propose(other, "本社区内部议题", "只有本社区能看到的议题内容说明。");
        mvc.perform(get("/topics/{id}", id).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/topics/{id}", id).with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/topics/{id}", id).with(as(other))).andExpect(status().isOk());
        mvc.perform(get("/topics/{id}", id).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/topics").with(as("dept"))).andExpect(status().isForbidden());
    }
}
