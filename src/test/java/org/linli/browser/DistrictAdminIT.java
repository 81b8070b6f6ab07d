package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The district administrator's screens: import with progress and rejected rows, sizing, accounts, audit. */
@LinliTest
@ExtendWith(BrowserTests.class)
class DistrictAdminIT {

    @LocalServerPort
    int port;

    Page page;

    @BeforeEach
    void signIn() {
        page = Browser.desktop("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("用户名").fill("admin");
        page.getByLabel("密码").fill("linli2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page.getByTestId("home-title")).containsText("玉泉区");
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void homeShowsWhatNeedsTheDistrictsAttention() {
        assertThat(page.locator("body")).containsText("个居村委会超出规模或用房标准");
        Browser.screenshot(page, "10-home-district-admin");
    }

    @Test
    void importsAFileAndListsTheRowsItRejected() {
        Browser.menu(page, "系统管理", "区划导入");
        String csv = """
                code,name,streetCode,provinceCode,cityCode,areaCode
                150104001150,"浏览器测试社区居委会",150104001,15,1501,150104
                1501040011,"编码太短社区",150104001,15,1501,150104
                """;
        page.setInputFiles("#files", new FilePayload("committees.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        Browser.screenshot(page, "11-import-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始导入")).click();
        assertThat(page.getByTestId("import-result")).isVisible();
        assertThat(page.getByTestId("inserted")).hasText("1");
        assertThat(page.getByTestId("rejected")).hasText("1");
        assertThat(page.getByTestId("problems")).containsText("编码长度应为 12 位（居村委会），实为 10 位");
        Browser.screenshot(page, "12-import-result");
    }

    @Test
    void listsCommitteesOutsideTheSizingRulesWithAChart() {
        Browser.menu(page, "人口与房屋", "规模核查");
        assertThat(page.getByTestId("sizing-table")).containsText("建议拆分");
        assertThat(page.locator("#households-chart canvas")).isVisible();
        Browser.screenshot(page, "13-sizing");
    }

    @Test
    void managesAccountsAndReadsTheAuditLog() {
        Browser.menu(page, "系统管理", "账户管理");
        assertThat(page.locator("table")).containsText("worker");
        Browser.screenshot(page, "14-accounts");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账户")).click();
        page.getByLabel("用户名").fill("gridnew");
        page.getByLabel("姓名").fill("周网格");
        page.getByLabel("角色").selectOption("GRID_WORKER");
        page.getByLabel("所属区划编码").fill("150104001002");
        page.getByLabel("初始密码").fill("grid-pass-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator(".alert-danger")).containsText("网格员账户应属于网格");
        assertThat(page.getByLabel("姓名")).hasValue("周网格");
        Browser.screenshot(page, "15-account-error");
        page.getByLabel("所属区划编码").fill("150104001002002");
        page.getByLabel("初始密码").fill("grid-pass-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已创建账户 gridnew");

        Browser.menu(page, "系统管理", "审计日志");
        assertThat(page.locator("table")).containsText("新建账户");
        Browser.screenshot(page, "16-audit");
    }
}
