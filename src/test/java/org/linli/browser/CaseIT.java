package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A community worker enters a call as a case, accepts it and escalates it to the street. */
@LinliTest
@ExtendWith(BrowserTests.class)
class CaseIT {

    @LocalServerPort
    int port;

    Page page;

    @BeforeEach
    void signIn() {
        page = Browser.desktop("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("用户名").fill("worker");
        page.getByLabel("密码").fill("linli2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void entersACaseAndMovesItAlong() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("诉求办理")).click();
        page.getByTestId("new-case").click();
        page.getByLabel("来源").selectOption("HOTLINE_12345");
        page.getByLabel("类别").selectOption("NOISE");
        page.getByLabel("发生地点编码（居村委会、网格、小区或楼栋）").fill("150104001002001001");
        page.getByLabel("标题").fill("夜间施工噪声");
        page.getByLabel("问题描述").fill("泰和家园旁工地夜间 23 点后仍在施工，影响休息。");
        page.getByTestId("save-case").click();
        assertThat(page.getByTestId("form-errors")).containsText("12345 转办须填写热线工单号");
        assertThat(page.getByLabel("标题")).hasValue("夜间施工噪声");
        Browser.screenshot(page, "30-case-form-error");

        page.getByLabel("12345 工单号（转办时必填）").fill("12345-20261123-0088");
        page.getByTestId("save-case").click();
        assertThat(page.getByTestId("case-status")).hasText("已上报");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为：已立案，社区办理")).click();
        assertThat(page.getByTestId("case-status")).hasText("已立案，社区办理");
        page.getByLabel("办理意见").fill("需街道协调城管执法");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为：已上报街道")).click();
        assertThat(page.getByTestId("case-status")).hasText("已上报街道");
        assertThat(page.getByTestId("case-log")).containsText("需街道协调城管执法");
        Browser.screenshot(page, "31-case-escalated");

        page.navigate("/cases");
        assertThat(page.getByTestId("cases")).containsText("夜间施工噪声");
        Browser.screenshot(page, "32-case-queue");
        page.navigate("/");
        assertThat(page.getByTestId("waiting-cases")).containsText("件诉求待办理");
    }
}
