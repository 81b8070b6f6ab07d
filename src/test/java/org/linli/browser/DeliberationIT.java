package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
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

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    Accounts accounts;

    @Test
    void aTopicFromProposalToEvaluation() {
        LocalDate today = clock.today();
        // The resident proposes on a phone.
        Page resident = signIn("resident", true);
        resident.navigate("/topics");
        assertThat(resident.getByTestId("open-topics")).isVisible();
        resident.getByTestId("go-propose").click();
        resident.getByTestId("topic-title").fill(TITLE);
        resident.getByTestId("topic-body").fill("太短");
        resident.getByTestId("propose").click();
        assertThat(resident.getByTestId("form-errors")).isVisible();
        assertThat(resident.getByTestId("topic-body")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(resident.getByTestId("topic-title")).hasValue(TITLE);
        resident.getByTestId("topic-body").fill("9 号楼有 4 位坐轮椅的老人，门前三级台阶无法通行，建议增设无障碍坡道和扶手。");
        Browser.screenshot(resident, "90-resident-proposes");
        resident.getByTestId("propose").click();
        assertThat(resident.getByTestId("topic-status")).hasAttribute("data-status", "PROPOSED");
        String topicUrl = resident.url();

        // The community worker's pre-review admits it and closes the proposal stage.
        Page worker = signIn("worker", false);
        worker.navigate("/topics");
        worker.getByTestId("topic-link").filter(new Locator.FilterOptions().setHasText(TITLE)).first().click();
        worker.getByTestId("outcome-ADMITTED").check();
        Browser.screenshot(worker, "91-worker-prereview");
        worker.getByTestId("review-submit").click();
        assertThat(worker.getByTestId("topic-status")).hasAttribute("data-status", "ADMITTED");
        closeStage(worker, "议案：9 号楼门前增设无障碍坡道一处（坡度 1:12）并加装扶手，费用由社区微实事资金列支。", 1);

        // On the resident's phone the topic is open, with the stage now under way.
        resident.navigate("/topics");
        Locator open = resident.getByTestId("open-card").filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(open.getByTestId("card-step")).hasAttribute("data-step", "2");
        assertThat(open.getByTestId("card-step")).hasAttribute("data-steps", "4");
        open.scrollIntoViewIfNeeded();
        Browser.screenshot(resident, "91-resident-hall-open");

        // A residents' representatives' meeting with quorum passes it.
        recordMeeting(worker, today);
        assertThat(worker.getByTestId("meeting-vote")).hasAttribute("data-passed", "true");
        Browser.screenshot(worker, "92-meeting-passed");
        closeStage(worker, "居民代表会议表决通过：增设无障碍坡道和扶手", 2);
        closeStage(worker, "决议：9 号楼门前增设无障碍坡道一处并加装扶手，费用 3.2 万元由社区微实事资金列支，2 个月内完工。", 3);

        // The resolution is on the public board, for anyone, without signing in.
        Page passerBy = Browser.desktop(base());
        passerBy.navigate("/public/disclosure/150104001002");
        Locator resolution = passerBy.getByTestId("posting").filter(new Locator.FilterOptions().setHasText("2 个月内完工"));
        assertThat(resolution).containsText(TITLE);
        resolution.scrollIntoViewIfNeeded();
        Browser.screenshot(passerBy, "93-public-resolution");

        // The worker splits the resolution into tasks; one is owned by the grid worker's account.
        Locator taskForm = worker.getByTestId("task-form");
        taskForm.getByTestId("task-what").fill("坡道和扶手施工");
        taskForm.getByTestId("task-owner").fill("恒安物业公司");
        taskForm.getByTestId("task-due").fill(today.minusDays(1).toString());
        worker.getByTestId("create-task").click();
        assertThat(worker.getByTestId("task-errors")).isVisible();
        assertThat(worker.getByTestId("task-due")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(worker.getByTestId("task-what")).hasValue("坡道和扶手施工");
        worker.getByTestId("task-due").fill(today.plusMonths(2).toString());
        worker.getByTestId("create-task").click();
        taskForm = worker.getByTestId("task-form");
        taskForm.getByTestId("task-what").fill("施工安全和质量巡查");
        long grid = accounts.findByUsername("grid").orElseThrow().id();
        taskForm.getByTestId("task-account").selectOption(String.valueOf(grid));
        taskForm.getByTestId("task-due").fill(today.plusMonths(2).toString());
        worker.getByTestId("create-task").click();
        assertThat(worker.getByTestId("task")).hasCount(2);
        Browser.screenshot(worker, "94-implementation-tasks");

        Locator building = worker.getByTestId("task").filter(new Locator.FilterOptions().setHasText("坡道和扶手施工"));
        building.getByTestId("task-new-status").selectOption("DONE");
        building.getByTestId("task-note").fill("坡道和扶手已建成，社区验收合格");
        building.getByTestId("mark-task").click();
        assertThat(worker.getByTestId("task").filter(new Locator.FilterOptions().setHasText("坡道和扶手施工")).getByTestId("task-status"))
                .hasAttribute("data-status", "DONE");

        // The grid worker finds the task on the home page and reports it done.
        Page gridWorker = signIn("grid", true);
        Locator mine = gridWorker.getByTestId("my-task").filter(new Locator.FilterOptions().setHasText("施工安全和质量巡查"));
        assertThat(mine).hasCount(1);
        Browser.screenshot(gridWorker, "95-grid-worker-task-home");
        mine.click();
        Locator patrol = gridWorker.getByTestId("task").filter(new Locator.FilterOptions().setHasText("施工安全和质量巡查"));
        patrol.getByTestId("task-new-status").selectOption("DONE");
        patrol.getByTestId("task-note").fill("施工期间巡查 5 次，无安全问题");
        patrol.getByTestId("mark-task").click();
        assertThat(gridWorker.getByTestId("task").filter(new Locator.FilterOptions().setHasText("施工安全和质量巡查"))
                .getByTestId("task-status")).hasAttribute("data-status", "DONE");
        gridWorker.context().close();

        // The implementation result is published with the tasks.
        worker.reload();
        closeStage(worker, "9 号楼无障碍坡道和扶手已建成并通过验收，轮椅可直接进出单元门。", 4);
        assertThat(worker.getByTestId("topic-status")).hasAttribute("data-status", "COMPLETED");
        passerBy.navigate("/public/disclosure/150104001002");
        Locator result = passerBy.getByTestId("posting").filter(new Locator.FilterOptions().setHasText("轮椅可直接进出单元门"));
        assertThat(result).containsText("施工安全和质量巡查");
        assertThat(result).containsText("施工期间巡查 5 次，无安全问题");
        result.scrollIntoViewIfNeeded();
        Browser.screenshot(passerBy, "96-public-implementation-result");
        passerBy.context().close();

        // The resident sees what was decided and what became of it, and evaluates online.
        resident.navigate("/topics");
        Locator card = resident.getByTestId("decided-card").filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(card.getByTestId("card-resolution")).containsText("费用 3.2 万元");
        assertThat(card.getByTestId("card-result")).containsText("轮椅可直接进出单元门");
        card.scrollIntoViewIfNeeded();
        Browser.screenshot(resident, "97-resident-hall-decided");
        card.getByTestId("card-open").click();
        resident.getByTestId("rating-DISSATISFIED").click();
        resident.getByTestId("evaluate").click();
        assertThat(resident.getByTestId("follow-up-error")).isVisible();
        assertThat(resident.getByTestId("evaluation-form")).hasCount(1);
        resident.getByTestId("rating-SATISFIED").click();
        resident.getByTestId("evaluation-comment").fill("坡道很好用，谢谢社区");
        Browser.screenshot(resident, "98-resident-evaluates");
        resident.getByTestId("evaluate").click();
        assertThat(resident.getByTestId("evaluation-form")).hasCount(0);
        assertThat(resident.getByTestId("evaluation-summary")).hasAttribute("data-total", "1");
        assertThat(resident.getByTestId("evaluations")).containsText("坡道很好用");

        // The worker records a representative's evaluation from the representatives' meeting.
        worker.navigate(topicUrl.replaceAll("^https?://[^/]+", ""));
        worker.getByTestId("evaluation-representative").selectOption(new SelectOption().setIndex(1));
        String representative = worker.getByTestId("evaluation-representative").locator("option:checked").innerText();
        worker.getByTestId("rating-FAIRLY_SATISFIED").click();
        worker.getByTestId("evaluation-comment").fill("坡道好，扶手略高");
        worker.getByTestId("evaluate").click();
        assertThat(worker.getByTestId("evaluation-summary")).hasAttribute("data-total", "2");
        assertThat(worker.getByTestId("evaluations")).containsText(representative.substring(0, representative.indexOf('（')));
        assertThat(worker.getByTestId("evaluations")).containsText("坡道很好用");
        Browser.screenshot(worker, "99-representatives-evaluated");
        for (Page p : new Page[] {resident, worker}) {
            p.context().close();
        }
    }

    /**
     * The representatives' meeting that passes the topic, with the meeting form as the topic page
     * has it: kind, date, chair and recorder, attendance against the quorum, and the vote.
     */
    private void recordMeeting(Page worker, LocalDate today) {
        Locator form = worker.getByTestId("meeting-form");
        form.getByTestId("meeting-kind").selectOption("RESIDENTS_REPRESENTATIVES_MEETING");
        form.getByTestId("meeting-heldOn").fill(today.toString());
        form.getByTestId("meeting-chair").fill("张丽");
        form.getByTestId("meeting-recorder").fill("李强");
        form.getByTestId("meeting-entitled").fill("31");
        form.getByTestId("meeting-present").fill("24");
        form.getByTestId("meeting-votesFor").fill("21");
        form.getByTestId("meeting-votesAgainst").fill("1");
        form.getByTestId("meeting-abstaining").fill("2");
        worker.getByTestId("record-meeting").click();
    }

    /** Closes the open stage with its record; the topic then stands at {@code next}. */
    private void closeStage(Page worker, String record, int next) {
        worker.getByTestId("stage-record").fill(record);
        worker.getByTestId("close-stage").click();
        assertThat(worker.getByTestId("topic-status")).hasAttribute("data-stage", String.valueOf(next));
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
