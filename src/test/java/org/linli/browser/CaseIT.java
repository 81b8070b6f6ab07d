package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One case through every party, each in their own browser: a resident reports on a phone →
 * the community accepts and escalates → the street summons two departments → both check in
 * and report back (the leading one after an extension the street approves) → the community
 * verifies and closes → the resident rates it.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class CaseIT {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Test
    void oneCaseThroughEveryParty() {
        // The resident, not signed in, on a phone.
        Page resident = Browser.phone(base());
        resident.navigate("/report");
        resident.getByLabel("问题所在社区").selectOption("150104001002");
        resident.getByLabel("问题类别").selectOption("SANITATION");
        resident.getByLabel("具体位置").fill("泰和家园 3 号楼东侧");
        resident.getByLabel("问题描述").fill("3 号楼东侧建筑垃圾堆放半个月，占用消防通道。");
        resident.getByLabel("手机号（用于查询和回访）").fill("1391234");
        resident.getByTestId("submit-report").click();
        assertThat(resident.getByTestId("form-errors")).containsText("手机号应为 11 位");
        assertThat(resident.getByLabel("问题描述")).hasValue("3 号楼东侧建筑垃圾堆放半个月，占用消防通道。");
        Browser.screenshot(resident, "40-resident-report-error");
        resident.getByLabel("手机号（用于查询和回访）").fill("13912345678");
        resident.locator("#photos").setInputFiles(new FilePayload("rubbish.png", "image/png", PNG));
        resident.getByTestId("submit-report").click();
        String code = resident.getByTestId("tracking-code").textContent().strip();
        assertThat(resident.getByTestId("track-status")).hasText("已上报");
        Browser.screenshot(resident, "41-resident-tracking-code");

        // The community worker accepts and escalates to the street.
        Page worker = signIn("worker");
        assertThat(worker.getByTestId("waiting-cases")).containsText("3 号楼东侧建筑垃圾");
        worker.getByTestId("bell").click();
        worker.getByText("新诉求待受理：3 号楼东侧建筑垃圾").first().click();
        assertThat(worker.getByTestId("case-status")).hasText("已上报");
        worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为：已立案，社区办理")).click();
        worker.getByLabel("办理意见").fill("需街道协调城管和住建清运");
        worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为：已上报街道")).click();
        assertThat(worker.getByTestId("case-status")).hasText("已上报街道");
        Browser.screenshot(worker, "42-community-escalated");
        String caseUrl = worker.url();

        // The street summons two departments, the city-management bureau leading.
        Page street = signIn("street");
        street.navigate(caseUrl);
        Locator form = street.getByTestId("summon-form");
        form.getByLabel("玉泉区城市管理综合行政执法局（玉泉区）").check();
        form.getByLabel("玉泉区住房和城乡建设局（玉泉区）").check();
        form.getByLabel("玉泉区城市管理综合行政执法局 牵头").check();
        Browser.screenshot(street, "43-street-summons");
        street.getByTestId("summon").click();
        assertThat(street.getByTestId("case-status")).hasText("街道已吹哨，部门办理");
        assertThat(street.getByTestId("summonses")).containsText("待报到");

        // Both departments check in and report back.
        for (String[] d : new String[][] {{"dept", "已清运建筑垃圾 3 车，恢复消防通道"}, {"dept2", "已约谈施工单位，责令规范堆放"}}) {
            Page department = signIn(d[0]);
            department.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("诉求办理")).click();
            department.getByText("3 号楼东侧建筑垃圾").first().click();
            department.getByTestId("check-in").click();
            assertThat(department.getByTestId("department-panel")).containsText("前反馈办理情况");
            if ("dept".equals(d[0])) {
                // The leading department asks for one more day before its limit; the street approves.
                Locator extension = department.getByTestId("extension-form");
                String due = extension.getByLabel("新的时限").getAttribute("min");
                extension.getByLabel("新的时限").fill(java.time.LocalDateTime.parse(due).plusDays(1).toString());
                extension.getByLabel("延期理由").fill("需等待清运车辆调度");
                department.getByTestId("request-extension").click();
                assertThat(department.getByTestId("extension-waiting")).containsText("等待街道审批");
                street.navigate(caseUrl);
                street.getByLabel("审批意见").fill("同意，请尽快清运");
                street.getByTestId("approve-extension").click();
                assertThat(street.getByTestId("extension-state")).hasText("已批准");
                Browser.screenshot(street, "51-extension");
                department.reload();
            }
            department.getByLabel("办理情况").fill(d[1]);
            department.getByTestId("report-back").click();
            assertThat(department.getByTestId("department-panel")).containsText("本部门已反馈");
            Browser.screenshot(department, "44-department-reported-" + d[0]);
            department.context().close();
        }

        // The community verifies and closes.
        worker.navigate(caseUrl);
        assertThat(worker.getByTestId("case-status")).hasText("待核查");
        assertThat(worker.getByTestId("summonses")).containsText("已清运建筑垃圾 3 车");
        worker.getByLabel("办理意见").fill("现场核查，通道已畅通");
        worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为：已结案")).click();
        assertThat(worker.getByTestId("case-status")).hasText("已结案");
        Browser.screenshot(worker, "45-community-closed");

        // The resident rates it on the tracking page.
        resident.navigate("/track?code=" + code);
        assertThat(resident.getByTestId("track-status")).hasText("已结案");
        resident.getByText("非常满意").click();
        resident.getByLabel("评价意见").fill("处理很快，谢谢");
        resident.getByLabel("手机号").fill("13912345678");
        Browser.screenshot(resident, "46-resident-rating");
        resident.getByTestId("rate").click();
        assertThat(resident.locator(".alert-success")).containsText("感谢您的评价");
        Browser.screenshot(resident, "47-resident-rated");

        worker.navigate(caseUrl);
        assertThat(worker.getByTestId("case-rating")).hasText("非常满意");
        assertThat(worker.getByTestId("case-log")).containsText("评价“非常满意”");
        Browser.screenshot(worker, "48-case-log-complete");
        for (Page p : new Page[] {resident, worker, street}) {
            p.context().close();
        }
    }

    @Test
    void aGridWorkerReportsFromPatrolOnAPhone() {
        Page grid = signIn("grid", true);
        grid.navigate("/cases/new");
        grid.getByLabel("类别").selectOption("FACILITIES");
        grid.getByLabel("问题描述").fill("巡查发现 5 号楼门前井盖破损。");
        grid.locator("#photos").setInputFiles(new FilePayload("notes.txt", "image/jpeg", "not an image".getBytes()));
        grid.getByLabel("纬度").fill("40.801234");
        grid.getByLabel("经度").fill("111.662345");
        grid.getByTestId("save-case").click();
        assertThat(grid.getByTestId("form-errors")).containsText("不是 JPG、PNG 或 WebP 格式的照片");
        assertThat(grid.getByLabel("问题描述")).hasValue("巡查发现 5 号楼门前井盖破损。");
        Browser.screenshot(grid, "49-grid-patrol-photo-error");
        grid.locator("#photos").setInputFiles(new FilePayload("manhole.png", "image/png", PNG));
        grid.getByTestId("save-case").click();
        assertThat(grid.getByTestId("case-status")).hasText("已上报");
        assertThat(grid.locator("img[alt='manhole.png']")).isVisible();
        Browser.screenshot(grid, "50-grid-patrol-case");
        grid.context().close();
    }

    private Page signIn(String username) {
        return signIn(username, false);
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
