package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A community worker's day in Chromium: sign in, home page, tree, a grid, an estate, a building
 * with a bad value that is corrected and saved.
 */
@LinliTest
@org.junit.jupiter.api.extension.ExtendWith(BrowserTests.class)
class CommunityWorkerIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Page page;

    @BeforeEach
    void open() {
        page = Browser.desktop("http://localhost:" + port);
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void createsABuildingAfterCorrectingABadValue() {
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login"));
        page.getByTestId("username").fill("worker");
        page.getByTestId("password").fill("linli2026");
        Browser.screenshot(page, "01-login");
        page.getByTestId("sign-in").click();

        assertThat(page.getByTestId("home-title")).containsText("五塔北街社区居委会");
        assertThat(page.getByTestId("whoami")).hasAttribute("data-role", "COMMUNITY_WORKER");
        Browser.screenshot(page, "02-home-community-worker");

        page.getByTestId("open-tree").click();
        Locator tree = page.getByTestId("tree");
        Locator gridNode = tree.locator("li[data-code='150104001002001']");
        assertThat(gridNode).isVisible();
        gridNode.getByTestId("toggle").first().click();
        assertThat(gridNode.locator("ul li").first()).isVisible();
        Browser.screenshot(page, "03-tree");

        gridNode.getByTestId("node-link").first().click();
        assertThat(page.getByTestId("node-name")).hasText("第1网格");
        assertThat(page.getByTestId("grid-workers")).containsText("刘强");
        Browser.screenshot(page, "04-grid");

        page.getByTestId("children").locator("tbody tr a").first().click();
        String estate = page.url();
        int buildingsBefore = page.getByTestId("children").locator("tbody tr").count();
        page.getByTestId("new-place").click();
        assertThat(page.getByTestId("form-title")).hasAttribute("data-level", "BUILDING");

        page.getByTestId("name").fill("新建9号楼");
        page.getByTestId("floors").fill("0");
        page.getByTestId("entrances").fill("两个");
        page.getByTestId("save").click();
        // both errors at once: floors out of range, entrances not a number
        assertThat(page.getByTestId("form-errors").locator("li")).hasCount(2);
        assertThat(page.getByTestId("floors")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.getByTestId("entrances")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.getByTestId("name")).hasValue("新建9号楼");
        assertThat(page.getByTestId("entrances")).hasValue("两个");
        Browser.screenshot(page, "05-building-error");

        page.getByTestId("floors").fill("18");
        page.getByTestId("entrances").fill("2");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("node-name")).hasText("新建9号楼");
        assertThat(page.getByTestId("saved")).isVisible();
        assertThat(page.getByTestId("building-size")).hasAttribute("data-floors", "18");
        assertThat(page.getByTestId("building-size")).hasAttribute("data-entrances", "2");
        Browser.screenshot(page, "06-building-saved");

        page.navigate(estate);
        assertThat(page.getByTestId("children").locator("tbody tr")).hasCount(buildingsBefore + 1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PLACE_CREATE' AND actor = 'worker'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void homePageFitsAPhone() {
        Page phone = Browser.signIn("http://localhost:" + port, "grid", true);
        assertThat(phone.getByTestId("home-title")).containsText("第1网格");
        Object overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        Browser.screenshot(phone, "07-home-grid-worker-phone");
        phone.context().close();
    }
}
