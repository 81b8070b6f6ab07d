package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
        page = Browser.signIn("http://localhost:" + port, "admin", false);
        assertThat(page.getByTestId("home-title")).containsText("玉泉区");
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void homeShowsWhatNeedsTheDistrictsAttention() {
        assertThat(page.getByTestId("outside-sizing")).hasAttribute("data-count", Pattern.compile("[1-9][0-9]*"));
        Browser.screenshot(page, "10-home-district-admin");
    }

    @Test
    void importsAFileAndListsTheRowsItRejected() {
        page.navigate("/divisions/import");
        String csv = """
                code,name,streetCode,provinceCode,cityCode,areaCode
                150104001150,"浏览器测试社区居委会",150104001,15,1501,150104
                1501040011,"编码太短社区",150104001,15,1501,150104
                """;
        page.getByTestId("files").setInputFiles(new FilePayload("committees.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        Browser.screenshot(page, "11-import-form");
        page.getByTestId("start-import").click();
        assertThat(page.getByTestId("import-result")).isVisible();
        assertThat(page.getByTestId("inserted")).hasText("1");
        assertThat(page.getByTestId("rejected")).hasText("1");
        assertThat(page.locator("[data-testid=problem][data-line='3'][data-code='1501040011']")).hasCount(1);
        Browser.screenshot(page, "12-import-result");
    }

    @Test
    void listsCommitteesOutsideTheSizingRulesWithAChart() {
        page.navigate("/divisions/sizing");
        assertThat(page.locator("[data-testid=sizing-table] [data-testid=committee-size][data-verdicts~=SPLIT]").first()).isVisible();
        assertThat(page.getByTestId("households-chart").locator("canvas")).isVisible();
        Browser.screenshot(page, "13-sizing");
    }

    @Test
    void managesAccountsAndReadsTheAuditLog() {
        page.navigate("/accounts");
        assertThat(page.locator("[data-testid=accounts] [data-testid=account][data-username=worker]")).hasCount(1);
        Browser.screenshot(page, "14-accounts");
        page.getByTestId("new-account").click();
        page.getByTestId("username").fill("gridnew");
        page.getByTestId("displayName").fill("周网格");
        page.getByTestId("role").selectOption("GRID_WORKER");
        page.getByTestId("divisionCode").fill("150104001002");
        page.getByTestId("password").fill("grid-pass-1");
        page.getByTestId("save").click();
        // a grid worker belongs to a grid, not to a committee
        assertThat(page.getByTestId("form-errors")).isVisible();
        assertThat(page.getByTestId("divisionCode")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.getByTestId("displayName")).hasValue("周网格");
        Browser.screenshot(page, "15-account-error");
        // The place picker: a grid by its name, picked from the list, stores the grid's code.
        page.getByTestId("divisionCode").fill("第2网格");
        Locator grid = page.locator("[data-testid=place-option][data-code='150104001002002']");
        assertThat(grid).isVisible();
        Browser.screenshot(page, "15b-account-place-picker");
        grid.click();
        assertThat(page.getByTestId("divisionCode-code")).hasValue("150104001002002");
        assertThat(page.getByTestId("divisionCode")).hasValue(Pattern.compile(".+ / .+ / 第2网格"));
        page.getByTestId("password").fill("grid-pass-1");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("saved")).isVisible();
        Locator gridnew = page.locator("[data-testid=account][data-username=gridnew]");
        assertThat(gridnew).hasAttribute("data-role", "GRID_WORKER");
        assertThat(gridnew.getByTestId("account-place")).hasText(Pattern.compile(".+ / .+ / 第2网格"));

        page.navigate("/audit");
        Locator created = page.locator("[data-testid=entries] [data-testid=entry][data-action=ACCOUNT_CREATE]");
        assertThat(created.filter(new Locator.FilterOptions().setHasText("gridnew"))).hasCount(1);
        Browser.screenshot(page, "16-audit");
    }
}
