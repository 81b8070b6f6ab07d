package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A community worker lists a resource and a residents' need, sees the resource suggested for the
 * need and makes a project of it with a filed organisation as partner; records a person's and an
 * organisation's donation and a spending for it; the public fund page shows them, the person
 * masked; the street reads the filings waiting for it and the social workers.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class LinkageIT {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Test
    void aNeedMatchedToAResourceBecomesAProjectFundedInPublic() {
        String base = "http://localhost:" + port;
        Page worker = Browser.signIn(base, "worker", false);
        try {
            assertThat(worker.getByTestId("home-title")).isVisible();
            Browser.menu(worker, "社区服务", "需求与资源");
            assertThat(worker.getByTestId("linkage-needs")).isVisible();
            worker.getByTestId("resource-form").locator("xpath=..").locator("summary").click();
            worker.getByTestId("resource-kind").selectOption("DISABILITY");
            worker.getByTestId("resource-title").fill("助残康复站");
            worker.getByTestId("resource-provider").fill("玉泉区残疾人联合会");
            worker.getByTestId("resource-save").click();
            assertThat(worker.getByTestId("saved")).isVisible();

            worker.getByTestId("need-form").locator("xpath=..").locator("summary").click();
            worker.getByTestId("need-kind").selectOption("DISABILITY");
            worker.getByTestId("need-save").click();
            assertThat(worker.getByTestId("need-error-title")).isVisible();
            worker.getByTestId("need-title").fill("肢体残疾居民康复训练");
            worker.getByTestId("need-people").fill("6");
            worker.getByTestId("need-save").click();
            Locator suggestion = worker.locator("[data-testid=suggestion][data-rank='0']");
            assertThat(suggestion).containsText("助残康复站");
            assertThat(worker.locator("[data-testid=need][data-title=肢体残疾居民康复训练]").getByTestId("need-best"))
                    .containsText("助残康复站");
            Browser.screenshot(worker, "linkage-1-needs-suggested");

            suggestion.getByTestId("suggestion-accept").click();
            assertThat(worker.getByTestId("project-from-need")).containsText("助残康复站");
            assertThat(worker.getByTestId("project-title")).hasValue("肢体残疾居民康复训练");
            worker.getByTestId("project-budget").fill("8000.00");
            worker.getByTestId("project-starts").fill(clock.today().minusDays(7).toString());
            worker.getByTestId("project-ends").fill(clock.today().plusMonths(3).toString());
            worker.locator("[data-testid^=partner-]").first().check();
            worker.getByTestId("team-participants").fill("6");
            worker.getByTestId("team-volunteers").fill("刘洋、陈思");
            Browser.screenshot(worker, "linkage-2-project-form");
            worker.getByTestId("project-save").click();
            assertThat(worker.getByTestId("linkage-project")).hasAttribute("data-status", "PLANNED");
            assertThat(worker.getByTestId("project-partners")).not().hasText("—");
            Browser.screenshot(worker, "linkage-3-project");

            Browser.menu(worker, "社区服务", "服务项目");
            assertThat(worker.locator("[data-testid=project][data-title=肢体残疾居民康复训练]")).isVisible();
            Browser.screenshot(worker, "linkage-4-projects");

            Browser.menu(worker, "社区服务", "社区基金");
            String project = "肢体残疾居民康复训练（筹备中）";
            donate(worker, "IN", "1500.00", "浏览器测试爱心企业", "ORGANISATION", project);
            donate(worker, "IN", "200", "司马光明", "PERSON", project);
            donate(worker, "OUT", "999999", "某康复器材公司", "ORGANISATION", project);
            assertThat(worker.getByTestId("fund-error-amount")).containsText("基金余额");
            assertThat(worker.getByTestId("fund-party")).hasValue("某康复器材公司");
            worker.getByTestId("fund-amount").fill("320.50");
            worker.getByTestId("fund-save").click();
            assertThat(worker.getByTestId("saved")).isVisible();
            assertThat(worker.locator("[data-testid=fund-entry][data-direction=OUT][data-amount='320.50']")).isVisible();
            Browser.screenshot(worker, "linkage-5-fund");
        } finally {
            worker.context().close();
        }

        Page visitor = Browser.desktop(base);
        try {
            visitor.navigate("/public/funds/150104001002");
            Locator entries = visitor.getByTestId("public-fund-entries");
            assertThat(entries.locator("[data-testid=public-fund-entry][data-party=浏览器测试爱心企业]")).isVisible();
            assertThat(entries.locator("[data-testid=public-fund-entry][data-party='司***']")).isVisible();
            assertThat(visitor.getByTestId("public-fund")).not().containsText("司马光明");
            assertThat(visitor.locator("[data-testid=public-fund-project][data-title=肢体残疾居民康复训练]"))
                    .hasAttribute("data-spent", "320.50");
            Browser.screenshot(visitor, "linkage-6-public-fund");
            visitor.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertThat(visitor.locator("nav.navbar")).isHidden();
            Browser.screenshot(visitor, "linkage-7-public-fund-print");
        } finally {
            visitor.context().close();
        }

        Page street = Browser.signIn(base, "street", false);
        try {
            assertThat(street.getByTestId("home-title")).isVisible();
            Browser.menu(street, "社区服务", "社会组织");
            Locator waiting = street.locator("[data-testid=organisation][data-status=SUBMITTED]").first();
            assertThat(waiting).isVisible();
            Browser.screenshot(street, "linkage-8-organisations");
            waiting.getByTestId("organisation-link").click();
            assertThat(street.getByTestId("decide")).isVisible();
            street.getByTestId("organisation-return").click();
            assertThat(street.getByTestId("organisation-error-reason")).isVisible();
            Browser.screenshot(street, "linkage-9-filing-decide");
            Browser.menu(street, "社区服务", "社会工作者");
            assertThat(street.getByTestId("social-worker").first()).isVisible();
            Browser.screenshot(street, "linkage-10-social-workers");
        } finally {
            street.context().close();
        }
    }

    private static void donate(Page page, String direction, String amount, String party, String partyKind, String project) {
        page.locator("label[for=dir-" + direction + "]").click();
        page.getByTestId("fund-amount").fill(amount);
        page.getByTestId("fund-party").fill(party);
        page.getByTestId("fund-party-kind").selectOption(partyKind);
        page.getByTestId("fund-purpose").fill("康复训练");
        page.getByTestId("fund-project").selectOption(new SelectOption().setLabel(project));
        page.getByTestId("fund-save").click();
    }
}
