package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #16, item 6, on a phone: the demo resident sees their household's points and each entry,
 * contests a deduction with a reason; a worker withdraws it; the resident sees the contest's
 * outcome and the new total. The other new screens of conventions and points are photographed.
 * Everything is found by {@code data-testid} and checked by data attributes.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class ConventionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void aResidentContestsAnEntryOnTheirPhoneAndSeesTheNewTotal() {
        Page resident = Browser.signIn(base(), "resident", true);
        resident.navigate("/points/mine");
        Locator total = resident.getByTestId("points-total");
        assertThat(total).isVisible();
        long before = Long.parseLong(total.getAttribute("data-total"));
        assertThat(resident.getByTestId("points-entry")).not().hasCount(0);
        Browser.screenshot(resident, "16-conv-01-resident-points-phone");

        Locator entry = resident.locator("[data-testid=points-entry][data-points^='-']:has([data-testid=points-contest])").first();
        String entryId = entry.getAttribute("data-id");
        int points = Integer.parseInt(entry.getAttribute("data-points"));
        entry.getByTestId("points-contest").click();
        entry.getByTestId("contest-reason").fill("那天电动车停在车棚，消防通道上的不是我家的车。");
        Browser.screenshot(resident, "16-conv-02-resident-contest-form-phone");
        entry.getByTestId("contest-submit").click();
        Locator contested = resident.locator("[data-testid=points-entry][data-id='" + entryId + "']");
        assertThat(contested.getByTestId("contest-status")).hasAttribute("data-status", "OPEN");
        assertThat(contested.getByTestId("points-contest")).hasCount(0);
        Browser.screenshot(resident, "16-conv-03-resident-contested-phone");

        Page worker = Browser.signIn(base(), "worker", false);
        worker.navigate("/points/contests");
        Locator contest = worker.locator("[data-testid=contest][data-entry='" + entryId + "']");
        assertThat(contest).hasAttribute("data-status", "OPEN");
        contest.getByTestId("contest-answer").fill("经查看车棚监控，异议成立，撤销该笔扣分。");
        Browser.screenshot(worker, "16-conv-04-worker-contests");
        contest.getByTestId("contest-withdraw").click();
        worker.navigate("/points/contests?open=false");
        assertThat(worker.locator("[data-testid=contest][data-entry='" + entryId + "']")).hasAttribute("data-status", "WITHDRAWN");
        worker.context().close();

        resident.reload();
        assertThat(resident.getByTestId("points-total")).hasAttribute("data-total", String.valueOf(before - points));
        assertThat(resident.locator("[data-testid=points-entry][data-id='" + entryId + "']").getByTestId("contest-status"))
                .hasAttribute("data-status", "WITHDRAWN");
        Browser.screenshot(resident, "16-conv-05-resident-new-total-phone");
        resident.context().close();
    }

    @Test
    void theNewScreensShowTheDemoCommitteesConventionPointsListsAndStars() {
        Page worker = Browser.signIn(base(), "worker", false);
        worker.navigate("/points");
        assertThat(worker.getByTestId("points-log-entry")).not().hasCount(0);
        assertThat(worker.getByTestId("points-rank")).not().hasCount(0);
        Browser.screenshot(worker, "16-conv-10-worker-points-log");
        worker.getByTestId("points-rank").first().locator("a").click();
        assertThat(worker.getByTestId("household-entry")).not().hasCount(0);
        Browser.screenshot(worker, "16-conv-11-worker-household");
        worker.navigate("/points/rules");
        assertThat(worker.getByTestId("points-rule")).not().hasCount(0);
        Browser.screenshot(worker, "16-conv-12-worker-rules");
        worker.navigate("/points/award");
        String surname = jdbc.sql("""
                        SELECT substr(r.name, 1, 1) FROM resident r JOIN account a ON r.division_path LIKE a.division_path || '%'
                        WHERE a.username = 'worker' AND r.status = 'LIVING' ORDER BY r.id LIMIT 1""").query(String.class).single();
        worker.getByTestId("award-q").fill(surname);
        worker.getByTestId("award-search").click();
        worker.getByTestId("award-resident").first().click();
        assertThat(worker.getByTestId("award-form")).isVisible();
        Browser.screenshot(worker, "16-conv-13-worker-award");
        worker.navigate("/points/lists");
        assertThat(worker.locator("[data-testid=honour-entry][data-status=PUBLISHED]")).not().hasCount(0);
        assertThat(worker.locator("[data-testid=honour-entry][data-status=NOTICE][data-list=BLACK]")).not().hasCount(0);
        Browser.screenshot(worker, "16-conv-14-worker-lists");
        worker.navigate("/points/stars?year=" + (LocalDate.now(clock).getYear() - 1));
        assertThat(worker.getByTestId("star-household")).not().hasCount(0);
        Browser.screenshot(worker, "16-conv-15-worker-stars");
        worker.navigate("/conventions");
        worker.locator("[data-testid=convention][data-status=FILED] a").first().click();
        assertThat(worker.getByTestId("convention-status")).hasAttribute("data-status", "FILED");
        Browser.screenshot(worker, "16-conv-16-worker-convention");
        worker.navigate("/conventions/new");
        assertThat(worker.getByTestId("convention-form")).isVisible();
        Browser.screenshot(worker, "16-conv-17-worker-convention-draft");
        worker.context().close();

        Page resident = Browser.signIn(base(), "resident", true);
        resident.navigate("/conventions");
        assertThat(resident.getByTestId("convention-in-force")).not().hasCount(0);
        Browser.screenshot(resident, "16-conv-20-resident-conventions-phone");
        resident.navigate("/points/lists");
        assertThat(resident.locator("[data-testid=honour-entry][data-status=PUBLISHED]")).not().hasCount(0);
        Browser.screenshot(resident, "16-conv-21-resident-lists-phone");
        resident.navigate("/points/stars");
        assertThat(resident.getByTestId("star-household")).not().hasCount(0);
        Browser.screenshot(resident, "16-conv-22-resident-stars-phone");
        resident.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
