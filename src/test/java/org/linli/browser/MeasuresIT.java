package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.linli.testing.MeasureFixtures.measure;
import static org.linli.testing.MeasureFixtures.typed;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.testing.MeasureFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one set of tables' catalogue and overlap finder in a browser: a community worker previews
 * their committee's figures from the menu; the district administrator reads the overlaps of two
 * departments' templates and what merging them spares.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class MeasuresIT {

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired Departments departments;
    @Autowired Divisions divisions;

    Page page;

    @AfterEach
    void close() {
        page.context().close();
        MeasureFixtures.clear(jdbc);
    }

    @Test
    void aWorkerPreviewsTheirCommitteesFigures() {
        page = Browser.signIn("http://localhost:" + port, "worker", false);
        assertThat(page.getByTestId("home-title")).isVisible();
        Browser.menu(page, "减负增效", "指标目录");
        assertThat(page.getByTestId("preview-of")).isVisible();
        assertThat(page.getByTestId("measure-registry.aged-60").getByTestId("measure-value")).not().hasText("0");
        assertThat(page.getByTestId("measures-单位")).isVisible();
        Browser.screenshot(page, "150-measures");
    }

    @Test
    void theAdministratorReadsTheOverlapsAndWhatMergingSpares() {
        Division district = divisions.findByCode("150104").orElseThrow();
        long a = departments.ensure("T15BA", "测试民政科", district);
        long b = departments.ensure("T15BB", "测试卫健科", district);
        MeasureFixtures.template(jdbc, a, "高龄老人月报", "ADMITTED", List.of(measure("registry.aged-80", "80岁以上老人", "人"),
                typed("80周岁及以上高龄老人", "人"), typed("家庭医生签约人数", "人")));
        MeasureFixtures.template(jdbc, b, "家庭医生签约季报", "PENDING", List.of(typed("家庭医生签约人数", "人"),
                typed("80周岁及以上高龄老人", "人")));

        page = Browser.signIn("http://localhost:" + port, "admin", false);
        assertThat(page.getByTestId("home-title")).isVisible();
        Browser.menu(page, "减负增效", "报表合并建议");
        // the demo's own templates may overlap too: the two made here are found by their fields
        assertThat(group("家庭医生签约人数")).hasAttribute("data-spared", "1");
        assertThat(group("家庭医生签约人数").getByTestId("overlap-proposal")).containsText("合并");
        assertThat(group("80岁以上老人")).hasAttribute("data-spared", "2");
        assertThat(group("80岁以上老人").getByTestId("overlap-proposal")).containsText("80周岁及以上高龄老人");
        assertThat(page.getByTestId("typed-after")).isVisible();
        Browser.screenshot(page, "151-overlaps");
    }

    private com.microsoft.playwright.Locator group(String field) {
        return page.locator("[data-spared]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(field));
    }
}
