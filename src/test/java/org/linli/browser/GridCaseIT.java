package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.CaseworkFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grid worker's case on a phone (issue #12): a resident reports a problem in 第1网格 on a phone →
 * the community worker accepts it and dispatches it to the grid's worker → the grid worker, on a
 * phone, takes it from their queue, writes what was done with a completion photo and hands it in
 * for verification → the community worker closes it → the resident reads the result (the note
 * and the photo) on the tracking page and rates it.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class GridCaseIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResidentsReportIsDispatchedHandledByTheGridWorkerOnAPhoneClosedAndRated() {
        // The resident, not signed in, on a phone.
        Page resident = Browser.phone(base());
        resident.navigate("/report");
        resident.getByTestId("report-place").selectOption(CaseworkFixtures.COMMITTEE);
        resident.getByTestId("report-category").selectOption("SANITATION");
        resident.getByTestId("report-address").fill("第1网格 泰和家园 3 号楼 2 单元");
        resident.getByTestId("report-description").fill("2 单元楼道堆满废旧家具，晚上看不清路。");
        resident.getByTestId("report-phone").fill("13912345099");
        resident.getByTestId("submit-report").click();
        String code = resident.getByTestId("tracking-code").textContent().strip();
        String number = resident.getByTestId("track-number").textContent().strip();

        // The community worker accepts it and dispatches it to 第1网格's grid worker.
        Page worker = Browser.signIn(base(), "worker", false);
        long id = jdbc.sql("SELECT id FROM case_record WHERE number = :n").param("n", number).query(Long.class).single();
        worker.navigate("/cases/" + id);
        worker.getByTestId("move-ACCEPTED").click();
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "ACCEPTED");
        worker.getByTestId("dispatch-grid").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("第1网格"));
        worker.getByTestId("dispatch-worker").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("刘强"));
        worker.getByTestId("dispatch-note").fill("请今天上门查看");
        Browser.screenshot(worker, "60-community-dispatch");
        worker.getByTestId("dispatch").click();
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "DISPATCHED");
        assertThat(worker.getByTestId("case-handler")).containsText("刘强");

        // The grid worker, on a phone, finds it in their queue and takes it.
        Page grid = Browser.signIn(base(), "grid", true);
        grid.navigate("/cases");
        assertThat(grid.locator("tr[data-case='" + number + "']")).hasAttribute("data-status", "DISPATCHED");
        Browser.screenshot(grid, "61-grid-worker-queue");
        grid.getByTestId("case-" + number).click();
        grid.getByTestId("take").click();
        assertThat(grid.getByTestId("case-status")).hasAttribute("data-status", "HANDLING");
        grid.getByTestId("move-note").fill("已联系物业清走废旧家具，楼道恢复通畅");
        grid.getByTestId("move-photos").setInputFiles(new FilePayload("cleared.png", "image/png", CaseworkFixtures.PNG));
        Browser.screenshot(grid, "62-grid-worker-case");
        grid.getByTestId("move-VERIFYING").click();
        assertThat(grid.getByTestId("case-status")).hasAttribute("data-status", "VERIFYING");
        assertThat(grid.getByTestId("case-log").locator("tr[data-to='VERIFYING']")).containsText("刘强");
        Browser.screenshot(grid, "63-grid-worker-handed-in");

        // The community worker verifies and closes.
        worker.reload();
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "VERIFYING");
        worker.getByTestId("move-note").fill("现场核查，楼道已通畅");
        worker.getByTestId("move-CLOSED").click();
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "CLOSED");

        // The resident reads the grid worker's note and photo, then rates.
        resident.navigate("/track/" + code);
        assertThat(resident.getByTestId("track-status")).hasAttribute("data-status", "CLOSED");
        assertThat(resident.getByTestId("track-outcome")).containsText("已联系物业清走废旧家具，楼道恢复通畅");
        assertThat(resident.getByTestId("track-reply-photo")).hasCount(1);
        assertThat(resident.getByTestId("track-outcome")).not().containsText("刘强");
        resident.getByTestId("score-5").click();
        resident.getByTestId("rate-phone").fill("13912345099");
        Browser.screenshot(resident, "64-resident-reads-grid-result");
        resident.getByTestId("rate").click();
        assertThat(resident.getByTestId("track-rating")).hasAttribute("data-score", "5");

        for (Page p : new Page[] {resident, worker, grid}) {
            p.context().close();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
