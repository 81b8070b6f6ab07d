package org.linli.deliberation;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * After the vote: implementation tasks gate the published result, representatives evaluate the
 * completed topic, a poor evaluation opens rectification, and all of it stays within the committee.
 */
@LinliTest
class FollowUpTest {

    private static final LocalDate TODAY = LocalDate.now(Times.zone());

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @BeforeEach
    void otherCommitteesPeople() {
        // A worker and a resident of another committee of the same street.
        for (String[] a : new String[][] {{"worker4", "COMMUNITY_WORKER"}, {"resident4", "RESIDENT"}}) {
            if (accounts.findByUsername(a[0]).isEmpty()) {
                accounts.createSystemAccount(a[0], "外社区" + a[0], Role.valueOf(a[1]), divisions.findByCode("150104001004").orElseThrow(),
                        "other-pass-1");
            }
        }
    }

    @Test
    void theImplementationResultNeedsEveryTaskDoneAndListsThem() throws Exception {
        long id = admitted("6 号楼外墙保温改造", "6 号楼外墙保温层脱落，冬季室内温度低，建议协商改造。");
        // Before the resolution there is nothing to implement.
        assertThat(refusal(post("/topics/{id}/tasks", id).param("what", "施工").param("owner", "物业").param("dueOn", TODAY.toString()),
                "worker")).contains("才能建立实施任务");
        resolve(id, "决议：6 号楼外墙保温改造，维修资金列支。");
        assertThat(stage(id)).isEqualTo(3);

        // No task yet: the result cannot be published.
        assertThat(closeRefused(id, 3, "外墙保温改造已完成。")).contains("请先为决议建立实施任务");

        // Field errors keep what was typed; the due date may not be in the past.
        MvcResult bad = mvc.perform(post("/topics/{id}/tasks", id).param("what", "x").param("owner", "")
                .param("dueOn", TODAY.minusDays(1).toString()).with(as("worker")).with(csrf())).andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) bad.getFlashMap().get("taskErrors");
        assertThat(errors).containsKeys("what", "owner").containsEntry("dueOn", "完成期限不能早于今天（" + TODAY + "）");
        assertThat(bad.getFlashMap().get("typedTask")).asString().contains("dueOn=" + TODAY.minusDays(1));
        // Only the committee's workers plan tasks.
        assertThat(refusal(task(id, "施工", "物业", TODAY), "street")).contains("实施任务由居（村）委会工作人员建立");

        long gridAccount = accounts.findByUsername("grid").orElseThrow().id();
        mvc.perform(task(id, "外墙保温施工", "恒安物业公司", TODAY).with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(task(id, "施工质量巡查", "", TODAY.plusDays(30)).param("ownerAccountId", String.valueOf(gridAccount))
                .with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        long building = taskId(id, "外墙保温施工");
        long patrol = taskId(id, "施工质量巡查");
        assertThat(jdbc.sql("SELECT owner FROM implementation_task WHERE id = :k").param("k", patrol).query(String.class).single())
                .isEqualTo("刘强");

        // The owner's account sees the task on the home page and may follow the topic and mark it; others may not.
        assertThat(page("grid", "/")).contains("我负责的实施任务").contains("施工质量巡查");
        assertThat(page("grid", "/topics/" + id)).contains("6 号楼外墙保温改造");
        assertThat(refusal(mark(id, building, "IN_PROGRESS", ""), "grid")).contains("只有居（村）委会工作人员或任务责任人");
        mvc.perform(mark(id, patrol, "IN_PROGRESS", "已巡查两次").with(as("grid")).with(csrf())).andExpect(status().is3xxRedirection());
        // Done needs a note of what was done.
        assertThat(refusal(mark(id, patrol, "DONE", ""), "grid")).contains("标记“已完成”请填写完成情况");

        // An overdue task is highlighted.
        jdbc.sql("UPDATE implementation_task SET due_on = :d WHERE id = :k").param("d", TODAY.minusDays(3)).param("k", building).update();
        assertThat(page("worker", "/topics/" + id)).contains("data-testid=\"task-overdue\"").contains("已逾期");

        mvc.perform(mark(id, building, "DONE", "保温层已全部更换并验收").with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(closeRefused(id, 3, "外墙保温改造已完成。")).contains("还有 1 项实施任务未完成（施工质量巡查）");
        assertThat(stage(id)).isEqualTo(3);

        mvc.perform(mark(id, patrol, "DONE", "巡查 6 次，未发现质量问题").with(as("grid")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("grid", "/")).doesNotContain("施工质量巡查");
        close(id, 3, "6 号楼外墙保温改造已完成，室温提高 3 度。");
        assertThat(jdbc.sql("SELECT status FROM topic WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("COMPLETED");
        String board = mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("组织实施：6 号楼外墙保温改造").contains("室温提高 3 度")
                .contains("外墙保温施工（责任人：恒安物业公司").contains("已完成 " + TODAY + "：保温层已全部更换并验收")
                .contains("施工质量巡查（责任人：刘强");
        // Once completed, tasks are closed to changes.
        assertThat(refusal(mark(id, patrol, "IN_PROGRESS", "再看看"), "worker")).contains("实施任务不能再修改");
    }

    @Test
    void evaluationsOnePerAccountCommentForDissatisfiedAndTheThresholdFlagsRectification() throws Exception {
        long id = completed("小区垃圾分类亭设置");
        // The resident evaluates online, once; 不满意 needs a reason.
        assertThat(refusal(evaluate(id, "DISSATISFIED", "", " "), "resident")).contains("选择“不满意”请写明原因");
        mvc.perform(evaluate(id, "SATISFIED", "", "很方便").with(as("resident")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(refusal(evaluate(id, "DISSATISFIED", "", "改主意了"), "resident")).contains("您已评价过该议题");
        assertThat(jdbc.sql("SELECT representative || ':' || rating FROM topic_evaluation WHERE topic_id = :t AND account_id IS NOT NULL")
                .param("t", id).query(String.class).single()).isEqualTo("陈阿姨:SATISFIED");

        // Committee and street staff record on behalf of named representatives; each name once. The district may not.
        assertThat(refusal(evaluate(id, "SATISFIED", "王大爷", ""), "admin")).contains("评价由居民代表本人在线提交");
        assertThat(refusal(evaluate(id, "SATISFIED", "", ""), "worker")).contains("请填写代为录入评价的居民代表姓名");
        mvc.perform(evaluate(id, "DISSATISFIED", "王大爷", "分类亭离 8 号楼太远").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(refusal(evaluate(id, "SATISFIED", "王大爷", ""), "street")).contains("已录入过“王大爷”对该议题的评价");
        // Two evaluations, one unhappy: below the minimum count, nothing flagged.
        assertThat(rectification(id)).isNull();
        mvc.perform(evaluate(id, "FAIRLY_SATISFIED", "李秀兰", "").with(as("street")).with(csrf())).andExpect(status().is3xxRedirection());
        // Three evaluations, exactly a third unhappy: flagged.
        assertThat(rectification(id)).isEqualTo("EVALUATION");
        assertThat(page("worker", "/topics")).contains("data-testid=\"rectification-badge\"").contains("需整改");
        assertThat(page("resident", "/topics/" + id)).contains("共 3 份评价：满意 1、基本满意 1、不满意 1")
                .doesNotContain("分类亭离 8 号楼太远");

        // The committee plans and reports; only the street confirms.
        assertThat(refusal(post("/topics/{id}/rectification/result", id).param("text", "已在 8 号楼增设一处分类亭"), "worker"))
                .contains("请先填写整改方案");
        mvc.perform(post("/topics/{id}/rectification/plan", id).param("text", "在 8 号楼北侧增设一处分类亭").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(refusal(post("/topics/{id}/rectification/confirm", id), "street")).contains("填写整改结果后才能确认");
        mvc.perform(post("/topics/{id}/rectification/result", id).param("text", "8 号楼北侧分类亭已投入使用").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(refusal(post("/topics/{id}/rectification/confirm", id), "worker")).contains("整改结果由街道工作人员确认");
        mvc.perform(post("/topics/{id}/rectification/confirm", id).with(as("street")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("street", "/topics/" + id)).contains("已整改").contains("8 号楼北侧分类亭已投入使用");
    }

    @Test
    void aQuarterUnhappyDoesNotFlagButTheStreetMayJudgeItPoor() throws Exception {
        long id = completed("楼道照明改造");
        for (String[] e : new String[][] {{"SATISFIED", "赵一"}, {"SATISFIED", "钱二"}, {"FAIRLY_SATISFIED", "孙三"}, {"DISSATISFIED", "李四"}}) {
            mvc.perform(evaluate(id, e[0], e[1], "灯太暗").with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(rectification(id)).isNull();
        assertThat(refusal(post("/topics/{id}/rectification/flag", id).param("reason", "照度不达标"), "worker"))
                .contains("由街道工作人员评定是否需要整改");
        mvc.perform(post("/topics/{id}/rectification/flag", id).param("reason", "抽查照度不达标，需整改").with(as("street")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rectification(id)).isEqualTo("STREET");
        assertThat(page("worker", "/topics/" + id)).contains("街道评定").contains("抽查照度不达标");
    }

    @Test
    void anotherCommitteesPeopleGetNotFound() throws Exception {
        long id = admitted("南门增设非机动车棚", "南门外电动车乱停，建议增设车棚并安装充电桩。");
        resolve(id, "决议：南门增设车棚一处。");
        mvc.perform(task(id, "车棚施工", "恒安物业公司", TODAY.plusDays(20)).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long task = taskId(id, "车棚施工");
        for (String outsider : new String[] {"worker4", "resident4"}) {
            mvc.perform(get("/topics/{id}", id).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(task(id, "越权任务", "某人", TODAY).with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(mark(id, task, "DONE", "越权完成").with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
        }
        // A task of this topic addressed under another topic's id is not found either.
        long other = admitted("另一个议题的编号", "用来检查任务不能借另一个议题的编号修改。");
        mvc.perform(mark(other, task, "DONE", "借道").with(as("worker")).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM implementation_task WHERE id = :k").param("k", task).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM implementation_task WHERE what = '越权任务'").query(Long.class).single()).isZero();

        long done = completed("西门道闸更换");
        for (String outsider : new String[] {"worker4", "resident4"}) {
            mvc.perform(evaluate(done, "DISSATISFIED", "外人", "越权评价").with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/topics/{id}/rectification/plan", done).param("text", "越权整改方案").with(as(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM topic_evaluation WHERE topic_id = :t").param("t", done).query(Long.class).single()).isZero();
        mvc.perform(get("/topics").with(as("resident4"))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("西门道闸更换"));
    }

    @Test
    void residentsSeeOpenAndDecidedTopicsOnTheirPhone() throws Exception {
        long open = admitted("儿童游乐区改造", "儿童游乐区设施老化，建议协商改造方案。");
        long decided = completed("快递柜移位");
        String hall = page("resident", "/topics");
        assertThat(hall).contains("data-testid=\"hall\"").contains("正在议事").contains("儿童游乐区改造").contains("第 1 / 4 步：提出议案")
                .contains("议定了什么").contains("快递柜移位").contains("决议：快递柜移位方案").contains("快递柜移位已完成")
                .contains("我来评价");
        assertThat(hall.indexOf("儿童游乐区改造")).isLessThan(hall.indexOf("议定了什么"));
        assertThat(open).isNotEqualTo(decided);
    }

    // --- steps -------------------------------------------------------------------------------

    private long admitted(String title, String body) throws Exception {
        String location = mvc.perform(post("/topics").param("title", title).param("body", body).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/topics/{id}/review", id).param("outcome", "ADMITTED").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    /** Proposal closed, a representatives' meeting with quorum passes it, the resolution published. */
    private void resolve(long id, String resolution) throws Exception {
        close(id, 0, "议案：" + resolution);
        mvc.perform(post("/topics/{id}/meetings", id).param("kind", "RESIDENTS_REPRESENTATIVES_MEETING").param("heldOn", TODAY.toString())
                .param("chair", "张丽").param("recorder", "李强").param("entitled", "30").param("present", "20").param("votesFor", "18")
                .param("votesAgainst", "1").param("abstaining", "1").with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        close(id, 1, "居民代表会议表决通过");
        close(id, 2, resolution);
    }

    private long completed(String title) throws Exception {
        long id = admitted(title, title + "：居民提出，需协商确定方案。");
        resolve(id, "决议：" + title + "方案，按程序实施。");
        mvc.perform(task(id, title + "施工", "恒安物业公司", TODAY.plusDays(10)).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(mark(id, taskId(id, title + "施工"), "DONE", "按期完成").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        close(id, 3, title + "已完成。");
        return id;
    }

    private void close(long id, int stage, String record) throws Exception {
        mvc.perform(post("/topics/{id}/stages/{s}", id, stage).param("record", record).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stage(id)).isEqualTo(stage + 1);
    }

    private String closeRefused(long id, int stage, String record) throws Exception {
        return mvc.perform(post("/topics/{id}/stages/{s}", id, stage).param("record", record).with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder task(long id, String what, String owner, LocalDate due) {
        return post("/topics/{id}/tasks", id).param("what", what).param("owner", owner).param("dueOn", due.toString());
    }

    private MockHttpServletRequestBuilder mark(long id, long task, String to, String note) {
        return post("/topics/{id}/tasks/{k}", id, task).param("status", to).param("note", note);
    }

    private MockHttpServletRequestBuilder evaluate(long id, String rating, String representative, String comment) {
        return post("/topics/{id}/evaluations", id).param("rating", rating).param("representative", representative).param("comment", comment);
    }

    /** The refusal a write was redirected back with (null when it was accepted). */
    private String refusal(MockHttpServletRequestBuilder request, String who) throws Exception {
        MvcResult r = mvc.perform(request.with(as(who)).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        Object error = r.getFlashMap().get("followUpError");
        return error == null ? null : error.toString();
    }

    private long taskId(long topic, String what) {
        return jdbc.sql("SELECT id FROM implementation_task WHERE topic_id = :t AND what = :w").param("t", topic).param("w", what)
                .query(Long.class).single();
    }

    private int stage(long id) {
        return jdbc.sql("SELECT stage FROM topic WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    private String rectification(long id) {
        return jdbc.sql("SELECT cause FROM topic_rectification WHERE topic_id = :t").param("t", id).query(String.class).optional().orElse(null);
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
