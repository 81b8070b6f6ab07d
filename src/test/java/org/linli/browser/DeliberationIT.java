package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.shared.Times;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One topic from proposal to evaluation, each party in their own browser: a resident proposes on
 * a phone → the committee's pre-review admits it → a residents' representatives' meeting with
 * quorum passes it → the resolution is on the public board → tasks are done → the
 * implementation result is published → representatives evaluate it, online and on behalf.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class DeliberationIT {

    private static final String TITLE = "9 号楼门前增设无障碍坡道";
    private static final LocalDate TODAY = LocalDate.now(Times.zone());

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @LocalServerPort
    int port;

    @Test
    void aTopicFromProposalToEvaluation() {
        // The resident proposes on a phone.
        Page resident = signIn("resident", true);
        resident.navigate("/topics");
        assertThat(resident.getByTestId("hall")).containsText("正在议事");
        resident.getByTestId("go-propose").click();
        resident.getByLabel("议题").fill(TITLE);
        resident.getByLabel("背景和建议").fill("太短");
        resident.getByTestId("propose").click();
        assertThat(resident.getByTestId("form-errors")).containsText("请说明议题的背景和建议");
        assertThat(resident.getByLabel("议题")).hasValue(TITLE);
        resident.getByLabel("背景和建议").fill("9 号楼有 4 位坐轮椅的老人，门前三级台阶无法通行，建议增设无障碍坡道和扶手。");
        Browser.screenshot(resident, "90-resident-proposes");
        resident.getByTestId("propose").click();
        assertThat(resident.getByTestId("topic-status")).hasText("待预审");
        String topicUrl = resident.url();

        // The community worker's pre-review admits it and closes the proposal stage.
        Page worker = signIn("worker", false);
        worker.navigate("/topics");
        worker.getByTestId("topics").getByText(TITLE).first().click();
        worker.getByLabel("已受理，议事中").check();
        Browser.screenshot(worker, "91-worker-prereview");
        worker.getByTestId("review-submit").click();
        assertThat(worker.getByTestId("topic-status")).hasText("已受理，议事中");
        closeStage(worker, "议案：9 号楼门前增设无障碍坡道一处（坡度 1:12）并加装扶手，费用由社区微实事资金列支。");

        // On the resident's phone the topic is open, with the stage now under way.
        resident.navigate("/topics");
        Locator open = resident.getByTestId("open-card").filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(open).containsText("第 2 / 4 步：民主议定");
        open.scrollIntoViewIfNeeded();
        Browser.screenshot(resident, "91-resident-hall-open");

        // A residents' representatives' meeting with quorum passes it.
        recordMeeting(worker);
        assertThat(worker.getByTestId("meetings")).containsText("通过");
        Browser.screenshot(worker, "92-meeting-passed");
        closeStage(worker, "居民代表会议表决通过：增设无障碍坡道和扶手");
        closeStage(worker, "决议：9 号楼门前增设无障碍坡道一处并加装扶手，费用 3.2 万元由社区微实事资金列支，2 个月内完工。");

        // The resolution is on the public board, for anyone, without signing in.
        Page passerBy = Browser.desktop(base());
        passerBy.navigate("/public/disclosure/150104001002");
        Locator resolution = passerBy.locator(".disclosure-posting", new Page.LocatorOptions().setHasText("公布告知：" + TITLE));
        assertThat(resolution).containsText("费用 3.2 万元由社区微实事资金列支");
        resolution.scrollIntoViewIfNeeded();
        Browser.screenshot(passerBy, "93-public-resolution");

        // The worker splits the resolution into tasks; one is owned by the grid worker's account.
        Locator taskForm = worker.getByTestId("task-form");
        taskForm.getByLabel("任务内容").fill("坡道和扶手施工");
        taskForm.getByLabel("责任人或责任单位").fill("恒安物业公司");
        taskForm.getByLabel("完成期限").fill(TODAY.minusDays(1).toString());
        worker.getByTestId("create-task").click();
        assertThat(worker.getByTestId("task-errors")).containsText("完成期限不能早于今天");
        assertThat(worker.getByTestId("task-form").getByLabel("任务内容")).hasValue("坡道和扶手施工");
        worker.getByTestId("task-form").getByLabel("完成期限").fill(TODAY.plusMonths(2).toString());
        worker.getByTestId("create-task").click();
        taskForm = worker.getByTestId("task-form");
        taskForm.getByLabel("任务内容").fill("施工安全和质量巡查");
        taskForm.getByLabel("责任人账户（可选）").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("刘强（网格员）"));
        taskForm.getByLabel("完成期限").fill(TODAY.plusMonths(2).toString());
        worker.getByTestId("create-task").click();
        assertThat(worker.getByTestId("task")).hasCount(2);
        Browser.screenshot(worker, "94-implementation-tasks");

        worker.getByLabel("坡道和扶手施工 状态").selectOption("DONE");
        worker.getByLabel("坡道和扶手施工 情况").fill("坡道和扶手已建成，社区验收合格");
        worker.getByTestId("task").filter(new Locator.FilterOptions().setHasText("坡道和扶手施工")).getByTestId("mark-task").click();
        assertThat(worker.getByTestId("task").filter(new Locator.FilterOptions().setHasText("坡道和扶手施工")).getByTestId("task-status"))
                .hasText("已完成");

        // The grid worker finds the task on the home page and reports it done.
        Page grid = signIn("grid", true);
        assertThat(grid.getByTestId("my-tasks")).containsText("施工安全和质量巡查");
        Browser.screenshot(grid, "95-grid-worker-task-home");
        grid.getByTestId("my-tasks").getByText("施工安全和质量巡查", new Locator.GetByTextOptions()).click();
        grid.getByLabel("施工安全和质量巡查 状态").selectOption("DONE");
        grid.getByLabel("施工安全和质量巡查 情况").fill("施工期间巡查 5 次，无安全问题");
        grid.getByTestId("task").filter(new Locator.FilterOptions().setHasText("施工安全和质量巡查")).getByTestId("mark-task").click();
        assertThat(grid.getByTestId("task").filter(new Locator.FilterOptions().setHasText("施工安全和质量巡查")).getByTestId("task-status"))
                .hasText("已完成");
        grid.context().close();

        // The implementation result is published with the tasks.
        worker.reload();
        closeStage(worker, "9 号楼无障碍坡道和扶手已建成并通过验收，轮椅可直接进出单元门。");
        assertThat(worker.getByTestId("topic-status")).hasText("已办结");
        passerBy.navigate("/public/disclosure/150104001002");
        Locator result = passerBy.locator(".disclosure-posting", new Page.LocatorOptions().setHasText("组织实施：" + TITLE));
        assertThat(result).containsText("轮椅可直接进出单元门");
        assertThat(result).containsText("施工安全和质量巡查（责任人：刘强");
        assertThat(result).containsText("施工期间巡查 5 次，无安全问题");
        result.scrollIntoViewIfNeeded();
        Browser.screenshot(passerBy, "96-public-implementation-result");
        passerBy.context().close();

        // The resident sees what was decided and what became of it, and evaluates online.
        resident.navigate("/topics");
        Locator card = resident.getByTestId("decided-card").filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(card.getByTestId("card-resolution")).containsText("费用 3.2 万元");
        assertThat(card.getByTestId("card-result")).containsText("通过验收");
        card.scrollIntoViewIfNeeded();
        Browser.screenshot(resident, "97-resident-hall-decided");
        card.getByTestId("card-open").click();
        resident.locator("label[for='rating-DISSATISFIED']").click();
        resident.getByTestId("evaluate").click();
        assertThat(resident.getByTestId("follow-up-error")).hasText("选择“不满意”请写明原因");
        resident.locator("label[for='rating-SATISFIED']").click();
        resident.getByLabel("评价意见（选“不满意”时必填）").fill("坡道很好用，谢谢社区");
        Browser.screenshot(resident, "98-resident-evaluates");
        resident.getByTestId("evaluate").click();
        assertThat(resident.getByTestId("evaluation-summary")).hasText("共 1 份评价：满意 1、基本满意 0、不满意 0");
        assertThat(resident.getByTestId("evaluation-form")).hasCount(0);
        assertThat(resident.getByTestId("evaluations")).containsText("坡道很好用");

        // The worker records a representative's evaluation from the representatives' meeting.
        worker.navigate(topicUrl);
        worker.getByLabel("居民代表姓名").fill("王大爷");
        worker.locator("label[for='rating-FAIRLY_SATISFIED']").click();
        worker.getByLabel("评价意见（选“不满意”时必填）").fill("坡道好，扶手略高");
        worker.getByTestId("evaluate").click();
        assertThat(worker.getByTestId("evaluation-summary")).hasText("共 2 份评价：满意 1、基本满意 1、不满意 0");
        assertThat(worker.getByTestId("evaluations")).containsText("王大爷");
        assertThat(worker.getByTestId("evaluations")).containsText("worker 代录");
        Browser.screenshot(worker, "99-representatives-evaluated");
        for (Page p : new Page[] {resident, worker}) {
            p.context().close();
        }
    }

    /**
     * The representatives' meeting that passes the topic, with the meeting form as the topic page
     * has it: kind, date, chair and recorder, attendance against the quorum, and the vote.
     */
    private void recordMeeting(Page worker) {
        Locator form = worker.getByTestId("meeting-form");
        form.getByLabel("会议", EXACT).selectOption("RESIDENTS_REPRESENTATIVES_MEETING");
        form.getByLabel("日期", EXACT).fill(TODAY.toString());
        form.getByLabel("主持人", EXACT).fill("张丽");
        form.getByLabel("记录人", EXACT).fill("李强");
        form.getByLabel("应到人数", EXACT).fill("31");
        form.getByLabel("实到人数", EXACT).fill("24");
        form.getByLabel("赞成", EXACT).fill("21");
        form.getByLabel("反对", EXACT).fill("1");
        form.getByLabel("弃权", EXACT).fill("2");
        worker.getByTestId("record-meeting").click();
    }

    private void closeStage(Page worker, String record) {
        worker.locator("#record").fill(record);
        worker.getByTestId("close-stage").click();
        assertThat(worker.getByRole(AriaRole.STATUS)).containsText("已完成本阶段");
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    /** A 375-pixel-wide phone, the narrowest common screen residents use. */
    private Page phone() {
        return Browser.chromium().newContext(new NewContextOptions().setBaseURL(base()).setLocale("zh-CN")
                .setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)).newPage();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
