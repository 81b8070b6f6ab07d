package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login"));
        page.getByLabel("用户名").fill("worker");
        page.getByLabel("密码").fill("linli2026");
        Browser.screenshot(page, "01-login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();

        assertThat(page.getByTestId("home-title")).containsText("五塔北街社区居委会");
        assertThat(page.getByTestId("whoami")).containsText("社区工作者");
        Browser.screenshot(page, "02-home-community-worker");

        page.getByTestId("open-tree").click();
        Locator tree = page.getByTestId("tree");
        assertThat(tree.locator("li[data-code='150104001002001']")).isVisible();
        Locator gridNode = tree.locator("li[data-code='150104001002001']");
        gridNode.locator("button.toggle").click();
        assertThat(gridNode.locator("ul li").first()).isVisible();
        Browser.screenshot(page, "03-tree");

        gridNode.locator("> a").click();
        assertThat(page.getByTestId("node-name")).hasText("第1网格");
        assertThat(page.getByTestId("grid-workers")).containsText("刘强");
        Browser.screenshot(page, "04-grid");

        page.getByTestId("children").locator("tbody tr a").first().click();
        String estate = page.getByTestId("node-name").textContent();
        int buildingsBefore = page.getByTestId("children").locator("tbody tr").count();
        page.getByTestId("new-place").click();
        assertThat(page.locator("h1")).containsText("新建楼栋");

        page.getByLabel("名称").fill("新建9号楼");
        page.getByLabel("层数").fill("0");
        page.getByLabel("单元数").fill("两个");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("form-errors")).containsText("层数须在 1 到 200 之间");
        assertThat(page.getByTestId("form-errors")).containsText("单元数须为 1 到 50 之间的整数");
        assertThat(page.getByLabel("名称")).hasValue("新建9号楼");
        assertThat(page.getByLabel("单元数")).hasValue("两个");
        Browser.screenshot(page, "05-building-error");

        page.getByLabel("层数").fill("18");
        page.getByLabel("单元数").fill("2");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("node-name")).hasText("新建9号楼");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已新建楼栋“新建9号楼”");
        assertThat(page.locator("dl")).containsText("18 层 / 2 个单元");
        Browser.screenshot(page, "06-building-saved");

        page.locator("nav[aria-label=breadcrumb] a", new Page.LocatorOptions().setHasText(estate)).click();
        assertThat(page.getByTestId("children").locator("tbody tr")).hasCount(buildingsBefore + 1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PLACE_CREATE' AND actor = 'worker'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void homePageFitsAPhone() {
        Page phone = Browser.phone("http://localhost:" + port);
        phone.navigate("/login");
        phone.getByLabel("用户名").fill("grid");
        phone.getByLabel("密码").fill("linli2026");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(phone.getByTestId("home-title")).containsText("第1网格");
        Object overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        Browser.screenshot(phone, "07-home-grid-worker-phone");
        phone.context().close();
    }
}
