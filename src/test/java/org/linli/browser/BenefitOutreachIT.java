package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.OffsetDateTime;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.BenefitsFixtures;
import org.linli.testing.BenefitsFixtures.Found;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Policy finds people on a phone (issue #14): the community worker opens eligible minus enrolled
 * and sees a resident the rule found, with the reason; the grid worker of the resident's grid
 * opens the task on their phone and records that the resident was told.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class BenefitOutreachIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void theCommunityWorkerSeesEligibleMinusEnrolledAndTheGridWorkerRecordsAnOutcome() {
        long benefit = BenefitsFixtures.benefit(jdbc, "高龄津贴（浏览器测试）");
        Found resident = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_GRID, 80, 1).getFirst();
        long task = BenefitsFixtures.match(jdbc, benefit, resident, OffsetDateTime.now(clock).minusDays(2), "户籍在本地，年满 80 周岁");

        // The community worker, on a phone: eligible minus enrolled, narrowed to the benefit.
        Page worker = Browser.signIn(base(), "worker", true);
        worker.navigate("/benefits/eligible");
        assertThat(worker.getByTestId("eligible")).isVisible();
        worker.getByTestId("filter-benefit").selectOption(String.valueOf(benefit));
        worker.getByTestId("filter-apply").click();
        assertThat(worker.getByTestId("eligible-summary")).hasAttribute("data-total", "1");
        assertThat(worker.locator("tr[data-match='" + task + "']")).hasAttribute("data-state", "NEW");
        assertThat(worker.locator("tr[data-match='" + task + "']")).containsText("户籍在本地，年满 80 周岁");
        Browser.screenshot(worker, "145-outreach-eligible-minus-enrolled");

        // The grid worker, on a phone: the task in their list, opened, told today.
        Page grid = Browser.signIn(base(), "grid", true);
        grid.navigate("/benefits/tasks?benefit=" + benefit);
        assertThat(grid.locator("a[data-match='" + task + "']")).isVisible();
        Browser.screenshot(grid, "146-outreach-grid-worker-tasks");
        grid.locator("a[data-match='" + task + "']").click();
        grid.getByTestId("outcome-INFORMED").check();
        grid.getByTestId("outcome-note").fill("已上门告知，本人下周来社区递交申请");
        grid.getByTestId("outcome-save").click();
        assertThat(grid.getByTestId("task-card")).hasAttribute("data-state", "INFORMED");
        assertThat(grid.getByTestId("outreach-history")).containsText("已上门告知");
        Browser.screenshot(grid, "147-outreach-outcome-recorded");

        // The community worker's list shows it as told.
        worker.reload();
        assertThat(worker.locator("tr[data-match='" + task + "']")).hasAttribute("data-state", "INFORMED");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
