package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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
 * One case through every party, each in their own browser: a resident reports on a phone →
 * the community accepts and escalates → the street summons two departments → both check in
 * and report back (the leading one after an extension the street approves) → the community
 * verifies and closes → the resident rates it.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class CaseIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneCaseThroughEveryParty() {
        // The resident, not signed in, on a phone.
        Page resident = Browser.phone(base());
        resident.navigate("/report");
        resident.getByTestId("report-place").selectOption("150104001002");
        resident.getByTestId("report-category").selectOption("SANITATION");
        resident.getByTestId("report-address").fill("泰和家园 3 号楼东侧");
        resident.getByTestId("report-description").fill("3 号楼东侧建筑垃圾堆放半个月，占用消防通道。");
        resident.getByTestId("report-phone").fill("1391234");
        resident.getByTestId("submit-report").click();
        assertThat(resident.getByTestId("error-reporterPhone")).isVisible();
        assertThat(resident.getByTestId("report-description")).hasValue("3 号楼东侧建筑垃圾堆放半个月，占用消防通道。");
        Browser.screenshot(resident, "40-resident-report-error");
        resident.getByTestId("report-phone").fill("13912345678");
        resident.getByTestId("photos").setInputFiles(new FilePayload("rubbish.png", "image/png", CaseworkFixtures.PNG));
        resident.getByTestId("submit-report").click();
        String code = resident.getByTestId("tracking-code").textContent().strip();
        String number = resident.getByTestId("track-number").textContent().strip();
        assertThat(resident.getByTestId("track-status")).hasAttribute("data-status", "REPORTED");
        Browser.screenshot(resident, "41-resident-tracking-code");

        // The community worker accepts and escalates to the street.
        Page worker = signIn("worker");
        worker.getByTestId("bell").click();
        assertThat(worker.getByTestId("notices").locator("a")).not().hasCount(0);
        String caseUrl = open(worker, number);
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "REPORTED");
        worker.getByTestId("move-ACCEPTED").click();
        worker.getByTestId("move-note").fill("需街道协调城管和住建清运");
        worker.getByTestId("move-ESCALATED").click();
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "ESCALATED");
        Browser.screenshot(worker, "42-community-escalated");

        // The street summons two departments, the city-management bureau leading.
        Page street = signIn("street");
        street.navigate(caseUrl);
        Locator form = street.getByTestId("summon-form");
        form.getByTestId("summon-YQ-CGJ").check();
        form.getByTestId("summon-YQ-ZJJ").check();
        form.getByTestId("lead-YQ-CGJ").check();
        Browser.screenshot(street, "43-street-summons");
        street.getByTestId("summon").click();
        assertThat(street.getByTestId("case-status")).hasAttribute("data-status", "SUMMONED");
        assertThat(street.getByTestId("summonses").locator("tr[data-checked-in='false']")).hasCount(2);

        // Both departments check in and report back.
        for (String[] d : new String[][] {{"dept", "已清运建筑垃圾 3 车，恢复消防通道"}, {"dept2", "已约谈施工单位，责令规范堆放"}}) {
            Page department = signIn(d[0]);
            open(department, number);
            department.getByTestId("check-in").click();
            assertThat(department.getByTestId("report-note")).isVisible();
            if ("dept".equals(d[0])) {
                // The leading department asks for one more day before its limit; the street approves.
                Locator extension = department.getByTestId("extension-form");
                String due = extension.getByTestId("extension-due").getAttribute("min");
                extension.getByTestId("extension-due").fill(java.time.LocalDateTime.parse(due).plusDays(1).toString());
                extension.getByTestId("extension-reason").fill("需等待清运车辆调度");
                department.getByTestId("request-extension").click();
                assertThat(department.getByTestId("extension-waiting")).isVisible();
                street.navigate(caseUrl);
                street.getByTestId("extension-note").fill("同意，请尽快清运");
                street.getByTestId("approve-extension").click();
                assertThat(street.getByTestId("extension-state")).hasAttribute("data-state", "APPROVED");
                Browser.screenshot(street, "51-extension");
                department.reload();
            }
            department.getByTestId("report-note").fill(d[1]);
            department.getByTestId("report-back").click();
            assertThat(department.getByTestId("reported")).isVisible();
            Browser.screenshot(department, "44-department-reported-" + d[0]);
            department.context().close();
        }

        // The community verifies and closes.
        worker.navigate(caseUrl);
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "VERIFYING");
        assertThat(worker.getByTestId("summonses").locator("tr[data-reported='true']")).hasCount(2);
        worker.getByTestId("move-note").fill("现场核查，通道已畅通");
        worker.getByTestId("move-CLOSED").click();
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "CLOSED");
        Browser.screenshot(worker, "45-community-closed");

        // The resident reads the answers (both departments' and the closing note) and rates it on the tracking page.
        resident.navigate("/track?code=" + code);
        assertThat(resident.getByTestId("track-status")).hasAttribute("data-status", "CLOSED");
        assertThat(resident.getByTestId("track-reply")).hasCount(3);
        assertThat(resident.getByTestId("track-outcome")).containsText("现场核查，通道已畅通");
        resident.getByTestId("score-5").click();
        resident.getByTestId("rate-comment").fill("处理很快，谢谢");
        resident.getByTestId("rate-phone").fill("13912345678");
        Browser.screenshot(resident, "46-resident-rating");
        resident.getByTestId("rate").click();
        assertThat(resident.getByTestId("track-rating")).hasAttribute("data-score", "5");
        assertThat(resident.getByTestId("rate-form")).hasCount(0);
        Browser.screenshot(resident, "47-resident-rated");

        worker.navigate(caseUrl);
        assertThat(worker.getByTestId("case-rating")).hasAttribute("data-score", "5");
        // Closing and the rating are both on the log.
        assertThat(worker.getByTestId("case-log").locator("tr[data-to='CLOSED']")).hasCount(2);
        Browser.screenshot(worker, "48-case-log-complete");
        for (Page p : new Page[] {resident, worker, street}) {
            p.context().close();
        }
    }

    @Test
    void aGridWorkerReportsFromPatrolOnAPhone() {
        Page grid = signIn("grid", true);
        grid.navigate("/cases/new");
        grid.getByTestId("case-category").selectOption("FACILITIES");
        grid.getByTestId("case-description").fill("巡查发现 5 号楼门前井盖破损。");
        grid.getByTestId("photos").setInputFiles(new FilePayload("notes.txt", "image/jpeg", "not an image".getBytes()));
        // The position is tapped on the map (issue #13): the map shows the grid worker's grid, its middle is in it.
        assertThat(grid.getByTestId("pick-location")).hasAttribute("data-map-ready", "true");
        grid.getByTestId("location-map").click();
        assertThat(grid.getByTestId("location-status")).hasAttribute("data-area-code", CaseworkFixtures.GRID);
        grid.getByTestId("save-case").click();
        assertThat(grid.getByTestId("error-photos")).isVisible();
        assertThat(grid.getByTestId("case-description")).hasValue("巡查发现 5 号楼门前井盖破损。");
        Browser.screenshot(grid, "49-grid-patrol-photo-error");
        grid.getByTestId("photos").setInputFiles(new FilePayload("manhole.png", "image/png", CaseworkFixtures.PNG));
        grid.getByTestId("save-case").click();
        assertThat(grid.getByTestId("case-status")).hasAttribute("data-status", "REPORTED");
        assertThat(grid.locator("img[alt='manhole.png']")).isVisible();
        Browser.screenshot(grid, "50-grid-patrol-case");
        grid.context().close();
    }

    /** Opens a case's page by its number (the queue may hold many older cases); returns the page's address. */
    private String open(Page page, String number) {
        long id = jdbc.sql("SELECT id FROM case_record WHERE number = :n").param("n", number).query(Long.class).single();
        page.navigate("/cases/" + id);
        page.getByTestId("case-status").waitFor();
        return page.url();
    }

    private Page signIn(String username) {
        return signIn(username, false);
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
