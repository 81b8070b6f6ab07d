package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The district administrator adds a benefit, writes its rule, sees the error of a typo at its
 * position with the text kept, fixes it, previews what it finds per committee, and publishes it.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class BenefitRuleIT {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    Page page;

    @BeforeEach
    void signIn() {
        page = Browser.signIn("http://localhost:" + port, "admin", false);
        assertThat(page.getByTestId("home-title")).isVisible();
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void writesPreviewsAndPublishesARule() {
        page.navigate("/benefits");
        assertThat(page.getByTestId("benefit-150104-AGED-80")).isVisible();
        assertThat(page.getByTestId("benefit-150104-AGED-80").getByTestId("benefit-version")).hasText("第 1 版");
        Browser.screenshot(page, "140-benefits-catalogue");

        page.getByTestId("benefit-new").click();
        page.getByTestId("benefit-code").fill("BROWSER-AGED-70");
        page.getByTestId("benefit-name").fill("高龄补贴（70 岁以上困难老人）");
        page.getByTestId("benefit-rule").fill("age >= 70");
        page.getByTestId("benefit-save").click();
        assertThat(page.getByTestId("draft-version")).containsText("1");

        String typo = "age >= 70 &&\n(\"SUBSISTENCE\" in tgas || \"EXTREME_POVERTY\" in tags)";
        page.getByTestId("rule-text").fill(typo);
        page.getByTestId("rule-save").click();
        assertThat(page.getByTestId("rule-error")).isVisible();
        assertThat(page.getByTestId("rule-error")).containsText("2");
        assertThat(page.getByTestId("rule-text")).hasValue(typo);
        Browser.screenshot(page, "141-benefit-rule-error");

        page.getByTestId("rule-text").fill(typo.replace("tgas", "tags"));
        page.getByTestId("rule-save").click();
        assertThat(page.getByTestId("saved")).isVisible();
        page.getByTestId("rule-preview").click();
        assertThat(page.getByTestId("preview")).isVisible();
        assertThat(page.getByTestId("preview-committees")).isVisible();
        assertThat(page.getByTestId("preview-chart").locator("canvas")).isVisible();
        Browser.screenshot(page, "142-benefit-preview");

        page.getByTestId("publish-from").fill(clock.today().toString());
        page.getByTestId("publish").click();
        assertThat(page.getByTestId("saved")).isVisible();
        assertThat(page.getByTestId("rule-version-1").getByTestId("rule-version-state")).hasText("现行");
        Browser.screenshot(page, "143-benefit-published");
    }
}
