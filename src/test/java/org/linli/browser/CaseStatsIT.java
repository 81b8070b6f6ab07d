package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.casework.stats.HistoricalCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The district's statistics over a year of generated history: charts, table, a bad period refused. */
@LinliTest
@ExtendWith(BrowserTests.class)
class CaseStatsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theDistrictComparesItsStreets() throws Exception {
        String district = jdbc.sql("SELECT path FROM division WHERE code = '150104'").query(String.class).single();
        HistoricalCases.insert(dataSource, district, 5_000, 365, 0.42);

        Page admin = Browser.desktop("http://localhost:" + port);
        admin.navigate("/login");
        admin.getByLabel("用户名").fill("admin");
        admin.getByLabel("密码").fill("linli2026");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        admin.navigate("/cases");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("统计")).click();
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("近 12 个月")).click();
        assertThat(admin.getByTestId("stats-table")).containsText("小召前街街道");
        assertThat(admin.locator("#chart-rates canvas")).hasCount(1);
        admin.getByTestId("stats-table").getByText("按期结案率").click();
        Browser.screenshot(admin, "60-case-stats");

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("按类别")).click();
        assertThat(admin.getByTestId("stats-table")).containsText("邻里纠纷");
        admin.getByLabel("开始日期").fill("2026-05-01");
        admin.getByLabel("结束日期").fill("2026-04-01");
        admin.getByTestId("stats-apply").click();
        assertThat(admin.getByTestId("period-error")).hasText("开始日期不能晚于结束日期");
        assertThat(admin.getByLabel("开始日期")).hasValue("2026-05-01");
        assertThat(admin.locator("#chart-rates canvas")).hasCount(1);
        Browser.screenshot(admin, "61-case-stats-bad-period");
    }
}
