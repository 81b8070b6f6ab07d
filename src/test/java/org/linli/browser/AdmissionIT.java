package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Admission and burden in the browser (issue #15): a department applies to place work on a
 * committee, the district's reviewer approves it, the committee's worker finds it on the list of
 * work with its funding; the district's burden page with its chart.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class AdmissionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void aDepartmentAppliesTheReviewerApprovesAndTheWorkerSeesTheWork() {
        Page dept = Browser.signIn(base(), "dept", false);
        dept.navigate(base() + "/workitems/apply");
        dept.getByTestId("title").fill("沿街商户油烟净化设施登记");
        dept.getByTestId("content").fill("协助登记辖区沿街餐饮商户油烟净化设施安装情况，每季度一次。");
        dept.getByTestId("basis").fill("《中华人民共和国大气污染防治法》第八十一条");
        dept.getByTestId("endsOn").fill(clock.today().plusMonths(6).toString());
        dept.getByTestId("funding").fill("15000");
        dept.getByTestId("fundingSource").fill("区财政专项经费");
        dept.getByTestId("target-150104001002").check();
        Browser.screenshot(dept, "160-admission-apply");
        dept.getByTestId("apply").click();
        assertThat(dept.getByTestId("saved")).isVisible();
        Browser.screenshot(dept, "161-admission-mine");
        long id = jdbc.sql("SELECT id FROM work_item WHERE title = '沿街商户油烟净化设施登记'").query(Long.class).single();

        Page admin = Browser.signIn(base(), "admin", false);
        admin.navigate(base() + "/workitems/review");
        assertThat(admin.getByTestId("pending-" + id)).isVisible();
        Browser.screenshot(admin, "162-admission-review");
        admin.getByTestId("approve-" + id).click();
        assertThat(admin.getByTestId("saved")).isVisible();

        Page worker = Browser.signIn(base(), "worker", false);
        worker.navigate(base() + "/workitems");
        assertThat(worker.locator("tr[data-id='" + id + "']")).containsText("15,000.00");
        assertThat(worker.locator("tr[data-id='" + id + "']")).containsText("区财政专项经费");
        Browser.screenshot(worker, "163-admission-committee-list");

        worker.navigate(base() + "/workitems/report-unadmitted");
        Browser.screenshot(worker, "164-admission-report-unadmitted");
        admin.navigate(base() + "/workitems/monitoring");
        assertThat(admin.getByTestId("per-department")).isVisible();
        Browser.screenshot(admin, "165-admission-monitoring");
    }

    @Test
    void theDistrictSeesItsBurdenBeforeAndNow() {
        Page admin = Browser.signIn(base(), "admin", false);
        admin.navigate(base() + "/burden");
        assertThat(admin.getByTestId("burden-counts")).isVisible();
        assertThat(admin.locator("#burden-chart canvas")).isVisible();
        assertThat(admin.getByTestId("burden-committee").first()).isVisible();
        Browser.screenshot(admin, "166-burden-district");
        admin.getByTestId("burden-committee").first().locator("a").click();
        assertThat(admin.getByTestId("burden-items")).isVisible();
        Browser.screenshot(admin, "167-burden-committee");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
