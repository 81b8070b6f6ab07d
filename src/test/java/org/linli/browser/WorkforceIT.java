package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.testing.TestClock;
import org.linli.testing.WorkforceFixtures;
import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Post;
import org.linli.workforce.register.Register;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #17, item 1: a street officer finds a community worker on the register, enters the social-work
 * certificate the worker has just obtained, and sees the new grade (the demo table: 助理社会工作师 is
 * worth one grade) and the new pay with its reason in the growth record; then the pay, training and
 * staffing pages.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class WorkforceIT {

    @LocalServerPort
    int port;

    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void aStreetOfficerEntersACertificateAndSeesTheNewGradeAndPay() {
        WorkforceFixtures fixtures = new WorkforceFixtures(register, accounts, jdbc);
        long id = fixtures.worker(WorkforceFixtures.COMMITTEE, "刘晓燕", Post.MEMBER, 6, Degree.BACHELOR, Certificate.NONE,
                clock.today().minusYears(4).minusDays(20));
        int before = WorkforceFixtures.basic(Post.MEMBER, 6) + 4 * 40;
        int after = WorkforceFixtures.basic(Post.MEMBER, 7) + 4 * 40 + 300;

        Page page = Browser.signIn("http://localhost:" + port, "street", false);
        try {
            Browser.menu(page, "队伍与应急", "社区工作者");
            assertThat(page.getByTestId("workforce-title")).isVisible();
            page.getByTestId("filter-name").fill("刘晓燕");
            page.getByTestId("filter-apply").click();
            assertThat(page.getByTestId("worker-row")).hasCount(1);
            Browser.screenshot(page, "170-workforce-register");
            page.getByTestId("worker-link").click();

            assertThat(page.getByTestId("worker-grade")).hasAttribute("data-grade", "6");
            assertThat(page.getByTestId("pay-total")).hasText(String.valueOf(before));
            page.getByTestId("qualification-certificate").selectOption("ASSISTANT");
            page.getByTestId("qualification-date").fill(clock.today().toString());
            page.getByTestId("qualification-save").click();

            assertThat(page.getByTestId("saved")).isVisible();
            assertThat(page.getByTestId("worker-grade")).hasAttribute("data-grade", "7");
            assertThat(page.getByTestId("worker-certificate")).hasAttribute("data-certificate", "ASSISTANT");
            assertThat(page.getByTestId("pay-total")).hasText(String.valueOf(after));
            assertThat(page.getByTestId("pay-change")).hasCount(2);
            assertThat(page.getByTestId("pay-change").first()).hasAttribute("data-pay", String.valueOf(after));
            Browser.screenshot(page, "171-workforce-worker");

            Browser.menu(page, "队伍与应急", "薪酬");
            assertThat(page.locator("[data-testid=pay-line][data-worker='" + id + "']")).hasAttribute("data-total", String.valueOf(after));
            Browser.screenshot(page, "172-workforce-pay");

            Browser.menu(page, "队伍与应急", "培训");
            assertThat(page.getByTestId("training-list")).isVisible();
            Browser.screenshot(page, "173-workforce-training");

            Browser.menu(page, "队伍与应急", "配备情况");
            assertThat(page.getByTestId("staffing-chart").locator("canvas")).isVisible();
            Browser.screenshot(page, "174-workforce-staffing");
        } finally {
            page.context().close();
        }
    }
}
