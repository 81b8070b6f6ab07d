package org.linli.deliberation.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.shared.Role;
import org.linli.testing.DeliberationFixtures;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * After the vote: implementation tasks gate the published result, representatives evaluate the
 * completed topic, a poor evaluation opens rectification, and all of it stays within the committee.
 */
@LinliTest
class FollowUpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    EventPublicationRegistry registry;

    DeliberationFixtures fixtures;

    @BeforeEach
    void otherCommitteesPeople() {
        fixtures = new DeliberationFixtures(context);
        // A worker and a resident of another committee of the same street.
        fixtures.account("worker4", "150104001004", Role.COMMUNITY_WORKER);
        fixtures.account("resident4", "150104001004", Role.RESIDENT);
    }

    @Test
    void aTaskOwnerIsToldWhenAssignedButNotWhenAssigningThemselves() throws Exception {
        LocalDate today = clock.today();
        long id = fixtures.admitted("worker", "健身器材更新");
        fixtures.ok(fixtures.stage(id, 0, "议案：更新小广场健身器材。"), "worker");
        fixtures.ok(fixtures.typedMeeting(id, "RESIDENTS_REPRESENTATIVES_MEETING", today, 30, 20, 18, 1, 1), "worker");
        fixtures.ok(fixtures.stage(id, 1, "居民代表会议表决通过"), "worker");
        fixtures.ok(fixtures.stage(id, 2, "决议：更新小广场健身器材。"), "worker");
        long grid = accounts.findByUsername("grid").orElseThrow().id();
        long worker = accounts.findByUsername("worker").orElseThrow().id();
        fixtures.ok(fixtures.task(id, "拆除旧器材。", "", today.plusDays(7)).param("ownerAccountId", String.valueOf(grid)), "worker");
        fixtures.ok(fixtures.task(id, "验收新器材", "", today.plusDays(9)).param("ownerAccountId", String.valueOf(worker)), "worker");
        Events.settle(registry);

        assertThat(notices(grid)).containsExactly("您有一项新的实施任务：拆除旧器材（议题“健身器材更新”，期限 " + today.plusDays(7) + "）");
        assertThat(notices(worker)).noneMatch(n -> n.contains("验收新器材"));
    }

    private java.util.List<String> notices(long account) {
        return jdbc.sql("SELECT text FROM notification WHERE account_id = :a AND text LIKE '%健身器材更新%' ORDER BY id")
                .param("a", account).query(String.class).list();
    }

    @Test
    void theImplementationResultNeedsEveryTaskDoneAndListsThem() throws Exception {
        LocalDate today = clock.today();
        long id = fixtures.admitted("worker", "6 号楼外墙保温改造");
        // Before the resolution there is nothing to implement.
        assertThat(fixtures.refused(fixtures.task(id, "施工", "物业", today), "worker")).contains("才能建立实施任务");
        fixtures.ok(fixtures.stage(id, 0, "议案：6 号楼外墙保温改造，维修资金列支。"), "worker");
        fixtures.ok(fixtures.typedMeeting(id, "RESIDENTS_REPRESENTATIVES_MEETING", today, 30, 20, 18, 1, 1), "worker");
        fixtures.ok(fixtures.stage(id, 1, "居民代表会议表决通过"), "worker");
        fixtures.ok(fixtures.stage(id, 2, "决议：6 号楼外墙保温改造，维修资金列支。"), "worker");
        assertThat(stage(id)).isEqualTo(3);

        // No task yet: the result cannot be published.
        assertThat(fixtures.refused(fixtures.stage(id, 3, "外墙保温改造已完成。"), "worker")).contains("请先为决议建立实施任务");

        // Field errors keep what was typed; a task needs an owner, and its due date may not be in the past.
        MvcResult bad = mvc.perform(fixtures.task(id, "x", "", today.minusDays(1)).with(as("worker")).with(csrf())).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(errors(bad)).containsEntry("what", "请填写任务内容（2 到 200 个字）");
        assertThat(bad.getModelAndView().getModel().get("typed")).asString().contains("dueOn=" + today.minusDays(1));
        assertThat(bad.getResponse().getContentAsString()).contains("value=\"" + today.minusDays(1) + "\"");
        assertThat(errors(mvc.perform(fixtures.task(id, "外墙保温施工", "", today).with(as("worker")).with(csrf())).andReturn()))
                .containsEntry("owner", "请填写责任人或责任单位（不超过 50 个字）");
        assertThat(errors(mvc.perform(fixtures.task(id, "外墙保温施工", "恒安物业公司", today.minusDays(1)).with(as("worker")).with(csrf()))
                .andReturn())).containsEntry("dueOn", "完成期限不能早于今天（" + today + "）");
        // Only the committee's workers plan tasks.
        assertThat(fixtures.refused(fixtures.task(id, "施工", "物业", today), "street")).contains("实施任务由居（村）委会工作人员建立");

        long gridAccount = accounts.findByUsername("grid").orElseThrow().id();
        fixtures.ok(fixtures.task(id, "外墙保温施工", "恒安物业公司", today), "worker");
        fixtures.ok(fixtures.task(id, "施工质量巡查", "", today.plusDays(30)).param("ownerAccountId", String.valueOf(gridAccount)), "worker");
        long building = fixtures.taskId(id, "外墙保温施工");
        long patrol = fixtures.taskId(id, "施工质量巡查");
        assertThat(jdbc.sql("SELECT owner FROM implementation_task WHERE id = :k").param("k", patrol).query(String.class).single())
                .isEqualTo("刘强");

        // The owner's account sees the task on the home page and may follow the topic and mark it; others may not.
        assertThat(fixtures.page("grid", "/")).contains("我负责的实施任务").contains("施工质量巡查");
        assertThat(fixtures.page("grid", "/topics/" + id)).contains("6 号楼外墙保温改造");
        assertThat(fixtures.refused(fixtures.mark(id, building, "IN_PROGRESS", ""), "grid")).contains("只有居（村）委会工作人员或任务责任人");
        fixtures.ok(fixtures.mark(id, patrol, "IN_PROGRESS", "已巡查两次"), "grid");
        // Done needs a note of what was done.
        assertThat(fixtures.refused(fixtures.mark(id, patrol, "DONE", ""), "grid")).contains("标记“已完成”请填写完成情况");

        // A task past its due date is highlighted: three days later, the one due today is overdue.
        clock.advance(Duration.ofDays(3));
        assertThat(fixtures.page("worker", "/topics/" + id)).contains("data-testid=\"task-overdue\"").contains("已逾期");

        fixtures.ok(fixtures.mark(id, building, "DONE", "保温层已全部更换并验收"), "worker");
        assertThat(fixtures.refused(fixtures.stage(id, 3, "外墙保温改造已完成。"), "worker")).contains("还有 1 项实施任务未完成（施工质量巡查）");
        assertThat(stage(id)).isEqualTo(3);

        fixtures.ok(fixtures.mark(id, patrol, "DONE", "巡查 6 次，未发现质量问题"), "grid");
        assertThat(fixtures.page("grid", "/")).doesNotContain("施工质量巡查");
        fixtures.ok(fixtures.stage(id, 3, "6 号楼外墙保温改造已完成，室温提高 3 度。"), "worker");
        assertThat(fixtures.statusOf(id)).isEqualTo("COMPLETED");
        String board = mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("组织实施：6 号楼外墙保温改造").contains("室温提高 3 度")
                .contains("外墙保温施工（责任人：恒安物业公司").contains("已完成 " + clock.today() + "：保温层已全部更换并验收")
                .contains("施工质量巡查（责任人：刘强");
        // Once completed, tasks are closed to changes.
        assertThat(fixtures.refused(fixtures.mark(id, patrol, "IN_PROGRESS", "再看看"), "worker")).contains("实施任务不能再修改");
    }

    @Test
    void evaluationsOnePerAccountCommentForDissatisfiedAndTheThresholdFlagsRectification() throws Exception {
        long id = fixtures.completed("小区垃圾分类亭设置");
        // The resident evaluates online, once; 不满意 needs a reason.
        assertThat(fixtures.refused(evaluate(id, "DISSATISFIED", "", " "), "resident")).contains("选择“不满意”请写明原因");
        fixtures.ok(evaluate(id, "SATISFIED", "", "很方便"), "resident");
        assertThat(fixtures.refused(evaluate(id, "DISSATISFIED", "", "改主意了"), "resident")).contains("您已评价过该议题");
        assertThat(jdbc.sql("SELECT representative || ':' || rating FROM topic_evaluation WHERE topic_id = :t AND account_id IS NOT NULL")
                .param("t", id).query(String.class).single()).isEqualTo("陈阿姨:SATISFIED");

        // Committee and street staff record on behalf of representatives on the roster; each once. The district may not.
        long wang = fixtures.representative(0);
        long li = fixtures.representative(1);
        assertThat(fixtures.refused(evaluate(id, "SATISFIED", String.valueOf(wang), ""), "admin")).contains("评价由居民代表本人在线提交");
        assertThat(fixtures.refused(evaluate(id, "SATISFIED", "", ""), "worker")).contains("请选择代为录入评价的居民代表");
        fixtures.ok(evaluate(id, "DISSATISFIED", String.valueOf(wang), "分类亭离 8 号楼太远"), "worker");
        assertThat(fixtures.refused(evaluate(id, "SATISFIED", String.valueOf(wang), ""), "street"))
                .contains("已录入过“" + fixtures.nameOf(wang) + "”对该议题的评价");
        // Two evaluations, one unhappy: below the minimum count, nothing flagged.
        assertThat(rectification(id)).isNull();
        fixtures.ok(evaluate(id, "FAIRLY_SATISFIED", String.valueOf(li), ""), "street");
        // Three evaluations, exactly a third unhappy: flagged.
        assertThat(rectification(id)).isEqualTo("EVALUATION");
        assertThat(fixtures.page("worker", "/topics")).contains("data-testid=\"rectification-badge\"").contains("需整改");
        assertThat(fixtures.page("resident", "/topics/" + id)).contains("共 3 份评价：满意 1、基本满意 1、不满意 1")
                .doesNotContain("分类亭离 8 号楼太远");

        // The committee plans and reports; only the street confirms.
        assertThat(fixtures.refused(post("/topics/{id}/rectification/result", id).param("text", "已在 8 号楼增设一处分类亭"), "worker"))
                .contains("请先填写整改方案");
        fixtures.ok(post("/topics/{id}/rectification/plan", id).param("text", "在 8 号楼北侧增设一处分类亭"), "worker");
        assertThat(fixtures.refused(post("/topics/{id}/rectification/confirm", id), "street")).contains("填写整改结果后才能确认");
        fixtures.ok(post("/topics/{id}/rectification/result", id).param("text", "8 号楼北侧分类亭已投入使用"), "worker");
        assertThat(fixtures.refused(post("/topics/{id}/rectification/confirm", id), "worker")).contains("整改结果由街道工作人员确认");
        fixtures.ok(post("/topics/{id}/rectification/confirm", id), "street");
        assertThat(fixtures.page("street", "/topics/" + id)).contains("已整改").contains("8 号楼北侧分类亭已投入使用");
    }

    @Test
    void evaluationsCannotBeStuffedWithInventedNamesOrCountAPersonTwice() throws Exception {
        long id = fixtures.completed("小区停车位划线");
        // Seven invented names are refused, and so is a resident who is not on this committee's roster.
        for (String invented : new String[] {"赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七"}) {
            assertThat(fixtures.refused(evaluate(id, "SATISFIED", invented, ""), "worker"))
                    .contains("只能为本社区居民代表名册上的代表录入评价");
        }
        long elsewhere = jdbc.sql("SELECT id FROM resident WHERE division_path NOT LIKE (SELECT path FROM division WHERE code = '150104001002') || '%' LIMIT 1")
                .query(Long.class).single();
        assertThat(fixtures.refused(evaluate(id, "SATISFIED", String.valueOf(elsewhere), ""), "worker"))
                .contains("只能为本社区居民代表名册上的代表录入评价");
        assertThat(count(id)).isZero();

        // A resident on the roster who evaluated online is not entered again on their behalf, nor the other way round.
        long chen = fixtures.residentOf("resident");
        fixtures.ok(post("/representatives").param("resident", String.valueOf(chen)), "worker");
        fixtures.ok(evaluate(id, "DISSATISFIED", "", "划线太窄，停不进去"), "resident");
        assertThat(fixtures.refused(evaluate(id, "SATISFIED", String.valueOf(chen), ""), "worker"))
                .contains("已录入过“" + fixtures.nameOf(chen) + "”对该议题的评价");
        assertThat(count(id)).isEqualTo(1);
    }

    private long count(long topic) {
        return jdbc.sql("SELECT count(*) FROM topic_evaluation WHERE topic_id = :t").param("t", topic).query(Long.class).single();
    }

    @Test
    void aQuarterUnhappyDoesNotFlagButTheStreetMayJudgeItPoor() throws Exception {
        long id = fixtures.completed("楼道照明改造");
        String[] ratings = {"SATISFIED", "SATISFIED", "FAIRLY_SATISFIED", "DISSATISFIED"};
        for (int i = 0; i < ratings.length; i++) {
            fixtures.ok(evaluate(id, ratings[i], String.valueOf(fixtures.representative(i)), "灯太暗"), "worker");
        }
        assertThat(rectification(id)).isNull();
        assertThat(fixtures.refused(post("/topics/{id}/rectification/flag", id).param("reason", "照度不达标"), "worker"))
                .contains("由街道工作人员评定是否需要整改");
        fixtures.ok(post("/topics/{id}/rectification/flag", id).param("reason", "抽查照度不达标，需整改"), "street");
        assertThat(rectification(id)).isEqualTo("STREET");
        assertThat(fixtures.page("worker", "/topics/" + id)).contains("街道评定").contains("抽查照度不达标");
    }

    @Test
    void anotherCommitteesPeopleGetNotFound() throws Exception {
        LocalDate today = clock.today();
        long id = fixtures.resolved("南门增设非机动车棚", "决议：南门增设车棚一处。");
        fixtures.ok(fixtures.task(id, "车棚施工", "恒安物业公司", today.plusDays(20)), "worker");
        long task = fixtures.taskId(id, "车棚施工");
        for (String outsider : new String[] {"worker4", "resident4"}) {
            mvc.perform(get("/topics/{id}", id).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(fixtures.task(id, "越权任务", "某人", today).with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(fixtures.mark(id, task, "DONE", "越权完成").with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
        }
        // A task of this topic addressed under another topic's id is not found either.
        long other = fixtures.admitted("worker", "另一个议题的编号");
        mvc.perform(fixtures.mark(other, task, "DONE", "借道").with(as("worker")).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM implementation_task WHERE id = :k").param("k", task).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM implementation_task WHERE what = '越权任务'").query(Long.class).single()).isZero();

        long done = fixtures.completed("西门道闸更换");
        for (String outsider : new String[] {"worker4", "resident4"}) {
            mvc.perform(evaluate(done, "DISSATISFIED", "外人", "越权评价").with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/topics/{id}/rectification/plan", done).param("text", "越权整改方案").with(as(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM topic_evaluation WHERE topic_id = :t").param("t", done).query(Long.class).single()).isZero();
        assertThat(fixtures.page("resident4", "/topics")).doesNotContain("西门道闸更换");
    }

    @Test
    void residentsSeeOpenAndDecidedTopicsOnTheirPhone() throws Exception {
        long open = fixtures.admitted("worker", "儿童游乐区改造");
        long decided = fixtures.completed("快递柜移位");
        String hall = fixtures.page("resident", "/topics");
        assertThat(hall).contains("data-testid=\"hall\"").contains("正在议事").contains("儿童游乐区改造").contains("第 1 / 4 步：提出议案")
                .contains("议定了什么").contains("快递柜移位").contains("决议：快递柜移位方案").contains("快递柜移位已完成")
                .contains("我来评价");
        assertThat(hall.indexOf("儿童游乐区改造")).isLessThan(hall.indexOf("议定了什么"));
        assertThat(open).isNotEqualTo(decided);
    }

    // --- steps -------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(MvcResult refused) {
        return (Map<String, String>) refused.getModelAndView().getModel().get("errors");
    }

    private MockHttpServletRequestBuilder evaluate(long id, String rating, String representative, String comment) {
        return post("/topics/{id}/evaluations", id).param("rating", rating).param("representative", representative).param("comment", comment);
    }

    private int stage(long id) {
        return jdbc.sql("SELECT stage FROM topic WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    private String rectification(long id) {
        return jdbc.sql("SELECT cause FROM topic_rectification WHERE topic_id = :t").param("t", id).query(String.class).optional().orElse(null);
    }
}
