package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.rules.ExampleRules;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The district administrator schedules a rule's new value for next week on the rule book page. */
@LinliTest
@ExtendWith(BrowserTests.class)
class RulesIT {

    private static final String KEY = ExampleRules.BROWSER.key();

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
    void schedulesAValueForNextWeekAndCancelsIt() {
        page.navigate("/rules");
        assertThat(page.getByTestId("rules-region")).isVisible();
        assertThat(page.getByTestId("in-force-" + KEY)).hasText("1/3");
        assertThat(page.getByTestId("sizing-link")).isVisible();
        Browser.screenshot(page, "30-rules");

        LocalDate nextWeek = clock.today().plusDays(7);
        page.getByTestId("value-" + KEY).fill("2/5");
        page.getByTestId("from-" + KEY).fill(nextWeek.toString());
        page.getByTestId("rule-form-" + KEY).locator("input[name=note]").fill("区政府常务会议决定");
        page.getByTestId("save-" + KEY).click();

        assertThat(page.getByTestId("scheduled-" + KEY)).containsText(nextWeek.toString());
        assertThat(page.getByTestId("scheduled-" + KEY)).containsText("2/5");
        assertThat(page.getByTestId("in-force-" + KEY)).hasText("1/3");
        page.getByTestId("rule-" + KEY).scrollIntoViewIfNeeded();
        Browser.screenshot(page, "31-rule-scheduled");

        page.getByTestId("scheduled-" + KEY).locator("button").click();
        assertThat(page.getByTestId("scheduled-" + KEY)).not().containsText("2/5");
    }
}
