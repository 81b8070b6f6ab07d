package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
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

        Page admin = Browser.signIn("http://localhost:" + port, "admin", false);
        // Issue #11: the Content-Security-Policy allows no inline script; the charts must still draw.
        java.util.List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        admin.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        admin.navigate("/cases");
        admin.getByTestId("stats-link").click();
        admin.getByTestId("stats-preset-12m").click();
        assertThat(admin.getByTestId("stats-row-150104001")).isVisible();
        assertThat(admin.locator("#chart-rates canvas")).hasCount(1);
        admin.getByTestId("stats-sort-ON_TIME_RATE").click();
        Browser.screenshot(admin, "60-case-stats");

        admin.getByTestId("stats-group-CATEGORY").click();
        assertThat(admin.getByTestId("stats-row-NEIGHBOURS")).isVisible();
        admin.getByTestId("stats-from").fill("2026-05-01");
        admin.getByTestId("stats-to").fill("2026-04-01");
        admin.getByTestId("stats-apply").click();
        assertThat(admin.getByTestId("period-error")).isVisible();
        assertThat(admin.getByTestId("stats-from")).hasValue("2026-05-01");
        assertThat(admin.locator("#chart-rates canvas")).hasCount(1);
        Browser.screenshot(admin, "61-case-stats-bad-period");

        admin.navigate("/divisions/sizing");
        assertThat(admin.locator("#households-chart canvas")).hasCount(1);
        admin.navigate("/divisions");
        admin.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }
}
