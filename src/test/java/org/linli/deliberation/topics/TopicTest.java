package org.linli.deliberation;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Topics: proposed, pre-reviewed with a reason the proposer sees, and moved through the procedure in order. */
@LinliTest
class TopicTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResidentProposesAndSeesTheReviewsReasonAndRevises() throws Exception {
        String errors = mvc.perform(post("/topics").param("title", "电梯").param("body", "太短").with(as("resident")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请填写议题（4 到 100 个字）").contains("请说明议题的背景和建议");
        long id = propose("resident", "3 号楼加装电梯", "3 号楼 7 层无电梯，老人多，希望按程序协商加装电梯并分摊费用。");

        // Only the committee's workers pre-review; a reason is required for anything but admission.
        assertThat(mvc.perform(post("/topics/{id}/review", id).param("outcome", "RETURNED").with(as("street")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("议题预审由居（村）委会工作人员办理");
        assertThat(mvc.perform(post("/topics/{id}/review", id).param("outcome", "RETURNED").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("请填写“退回修改”的理由");
        review(id, "RETURNED", "请补充各楼层住户意见");
        assertThat(page("resident", "/topics/" + id)).contains("退回修改").contains("请补充各楼层住户意见");

        mvc.perform(post("/topics/{id}/revise", id).param("title", "3 号楼加装电梯").param("body",
                        "已征求 1–7 层 28 户意见，26 户同意，希望协商加装电梯并按楼层分摊。").with(as("resident")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("PROPOSED");
        review(id, "ADMITTED", "");
        assertThat(jdbc.sql("SELECT procedure FROM topic WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("URBAN");
        assertThat(mvc.perform(post("/topics/{id}/review", id).param("outcome", "DECLINED").param("reason", "重复")
                .with(as("worker")).with(csrf())).andReturn().getResponse().getContentAsString()).contains("该议题已预审");
    }

    @Test
    void anAdmittedTopicFollowsItsProcedureWithoutSkipping() throws Exception {
        long id = propose("worker", "小区停车位规划", "小区内车位不足，拟协商划定停车位并收取管理费。");
        review(id, "ADMITTED", "");
        assertThat(mvc.perform(post("/topics/{id}/stages/1", id).param("record", "跳过提出议案直接议定").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("不能跳过“提出议案”");
        assertThat(mvc.perform(post("/topics/{id}/stages/0", id).param("record", "短").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("请记录议案内容");
        mvc.perform(post("/topics/{id}/stages/0", id).param("record", "议案：划定 60 个车位，每月管理费 50 元").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Deciding needs a meeting whose vote passed: a note is not enough.
        assertThat(mvc.perform(post("/topics/{id}/stages/1", id).param("record", "大家都同意").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("需有符合法定人数的会议表决通过");
        assertThat(jdbc.sql("SELECT stage FROM topic WHERE id = :id").param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(page("worker", "/topics/" + id)).contains("议案：划定 60 个车位");
    }

    @Test
    void aRepresentativesMeetingWithQuorumPassesTheTopicAndTheBoardShowsResolutionAndResult() throws Exception {
        long id = propose("worker", "5 号楼加装电梯", "5 号楼住户提出加装电梯，费用按楼层分摊，需居民代表会议议定。");
        review(id, "ADMITTED", "");
        closeStage(id, 0, "议案：5 号楼加装电梯一部，政府补贴 20 万元，其余按楼层分摊");
        // Without quorum the meeting is on record but decides nothing.
        String noQuorum = mvc.perform(post("/topics/{id}/meetings", id).param("kind", "RESIDENTS_REPRESENTATIVES_MEETING")
                        .param("heldOn", "2026-11-20").param("chair", "张丽").param("recorder", "李强").param("entitled", "30")
                        .param("present", "15").param("votesFor", "15").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noQuorum).contains("应到 30 人，实到 15 人，未达到半数，不能作出决定");
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_vote WHERE topic_id = :t").param("t", id).query(Long.class).single()).isZero();
        // A failed vote does not open the next stage either.
        mvc.perform(post("/topics/{id}/meetings", id).param("kind", "RESIDENTS_REPRESENTATIVES_MEETING").param("heldOn", "2026-11-21")
                .param("chair", "张丽").param("recorder", "李强").param("entitled", "30").param("present", "20").param("votesFor", "10")
                .param("votesAgainst", "8").param("abstaining", "2").with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/topics/{id}/stages/1", id).param("record", "决议").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("需有符合法定人数的会议表决通过");
        mvc.perform(post("/topics/{id}/meetings", id).param("kind", "RESIDENTS_REPRESENTATIVES_MEETING").param("heldOn", "2026-11-22")
                .param("chair", "张丽").param("recorder", "李强").param("entitled", "30").param("present", "16").param("votesFor", "9")
                .param("votesAgainst", "5").param("abstaining", "2").with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        closeStage(id, 1, "居民代表会议通过：加装电梯，按楼层分摊");
        closeStage(id, 2, "决议：5 号楼加装电梯，政府补贴 20 万元，其余按楼层分摊。");
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .contains("公布告知：5 号楼加装电梯").contains("政府补贴 20 万元");
        // The implementation result is published once the resolution's tasks are done (see ImplementationTest).
        mvc.perform(post("/topics/{id}/tasks", id).param("what", "委托电梯公司安装电梯").param("owner", "物业公司")
                .param("dueOn", java.time.LocalDate.now(org.linli.shared.Times.zone()).plusMonths(6).toString())
                .with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        long task = jdbc.sql("SELECT id FROM implementation_task WHERE topic_id = :t").param("t", id).query(Long.class).single();
        mvc.perform(post("/topics/{id}/tasks/{k}", id, task).param("status", "DONE").param("note", "已安装并验收")
                .with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        closeStage(id, 3, "电梯已于 2027 年 5 月安装完成并通过验收。");
        assertThat(statusOf(id)).isEqualTo("COMPLETED");
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .contains("组织实施：5 号楼加装电梯").contains("通过验收");
        assertThat(page("resident", "/topics/" + id)).contains("已办结").contains("居民代表会议");
    }

    private void closeStage(long id, int stage, String record) throws Exception {
        mvc.perform(post("/topics/{id}/stages/{s}", id, stage).param("record", record).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void otherOutcomesMergeReferAndDecline() throws Exception {
        long first = propose("worker", "广场健身器材维修", "广场健身器材多处损坏，建议协商维修更换。");
        long second = propose("grid", "健身器材损坏", "网格巡查发现健身器材损坏，居民反映强烈。");
        mvc.perform(post("/topics/{id}/review", second).param("outcome", "MERGED").param("reason", "与已有议题相同")
                .param("mergeInto", String.valueOf(first)).with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT merged_into FROM topic WHERE id = :id").param("id", second).query(Long.class).single()).isEqualTo(first);

        long leak = propose("worker", "楼顶漏水需要维修", "5 号楼楼顶漏水，属于物业维修范围，不需协商。");
        mvc.perform(post("/topics/{id}/review", leak).param("outcome", "REFERRED").param("reason", "属于物业维修，转诉求办理")
                .param("category", "PROPERTY").with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        Long caseId = jdbc.sql("SELECT referred_case_id FROM topic WHERE id = :id").param("id", leak).query(Long.class).single();
        assertThat(jdbc.sql("SELECT title || ':' || category_code || ':' || status FROM case_record WHERE id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("楼顶漏水需要维修:PROPERTY:REPORTED");

        long declined = propose("worker", "要求更换社区书记", "个别居民要求更换社区书记，建议议事协商。");
        review(declined, "DECLINED", "不属于议事协商事项，按法定程序反映");
        assertThat(statusOf(declined)).isEqualTo("DECLINED");
    }

    @Test
    void topicsStayWithinTheirCommittee() throws Exception {
        long id = propose("worker", "本社区内部议题", "只有本社区能看到的议题内容说明。");
        String otherCommittee = jdbc.sql("SELECT path FROM division WHERE code = '150104001004'").query(String.class).single();
        jdbc.sql("UPDATE topic SET division_path = :p, committee_id = (SELECT id FROM division WHERE code = '150104001004') WHERE id = :id")
                .param("p", otherCommittee).param("id", id).update();
        mvc.perform(get("/topics/{id}", id).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/topics/{id}", id).with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/topics/{id}", id).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/topics").with(as("dept"))).andExpect(status().isForbidden());
    }

    private long propose(String who, String title, String body) throws Exception {
        String location = mvc.perform(post("/topics").param("title", title).param("body", body).with(as(who)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void review(long id, String outcome, String reason) throws Exception {
        mvc.perform(post("/topics/{id}/review", id).param("outcome", outcome).param("reason", reason).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM topic WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
