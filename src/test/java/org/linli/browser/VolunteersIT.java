package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.linli.testing.VolunteerFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A volunteer activity on the organiser's screen and on a phone: the worker publishes an activity
 * and its page shows the QR code and the code as text; on the day the demo resident types the code
 * on their phone and is signed in, two hours later opens the QR code's address and is signed out,
 * and sees the hours; the organiser certifies them and the resident's record counts them.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class VolunteersIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    Clock zone;

    @Test
    void aVolunteerSignsInAndOutOnTheirPhoneByTheActivitysCode() {
        LocalDate day = clock.today().plusDays(2);
        Page worker = Browser.signIn(base(), "worker", false);
        Browser.menu(worker, "社区服务", "志愿活动");
        worker.getByTestId("activity-title").fill("楼道杂物清理");
        worker.getByTestId("activity-day").fill(day.toString());
        worker.getByTestId("activity-start").fill("09:00");
        worker.getByTestId("activity-end").fill("11:30");
        worker.getByTestId("activity-place").fill("五塔北街社区 3 号楼");
        worker.getByTestId("activity-places").fill("12");
        worker.getByTestId("activity-submit").click();

        // The organiser's page: the QR code of the sign-in address and the same code as text.
        assertThat(worker.getByTestId("activity-qr")).isVisible();
        worker.waitForFunction("() => { const img = document.querySelector('[data-testid=activity-qr]');"
                + " return img.complete && img.naturalWidth > 0; }");
        String code = worker.getByTestId("activity-code").textContent().strip();
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(worker.getByTestId("activity-link").getAttribute("href")).endsWith("/activities/check?code=" + code);
        Browser.screenshot(worker, "160-activity-qr-code");
        String organiserPage = worker.url();

        // On the day, the resident types the code on their phone and signs in.
        clock.setTo(VolunteerFixtures.at(day, "08:55", zone.getZone()));
        Page phone = Browser.signIn(base(), "resident", true);
        phone.navigate("/activities/check");
        phone.getByTestId("check-code").fill(code.toLowerCase());
        phone.getByTestId("check-submit").click();
        assertThat(phone.getByTestId("attendance-status")).hasAttribute("data-status", "SIGNED_IN");
        Browser.screenshot(phone, "161-volunteer-signed-in");

        // Two hours and ten minutes later the QR code's address signs them out: 2.25 hours to the quarter.
        clock.advance(Duration.ofMinutes(130));
        phone.navigate("/activities/check?code=" + code);
        phone.getByTestId("check-submit").click();
        assertThat(phone.getByTestId("attendance-status")).hasAttribute("data-status", "SIGNED_OUT");
        assertThat(phone.getByTestId("attendance-hours")).hasText("2.25");
        Browser.screenshot(phone, "162-volunteer-signed-out");
        // A third scan is refused in Chinese.
        phone.navigate("/activities/check");
        phone.getByTestId("check-code").fill(code);
        phone.getByTestId("check-submit").click();
        assertThat(phone.getByTestId("check-refusal")).isVisible();

        // The organiser certifies; the resident's record counts the hours.
        worker.navigate(organiserPage);
        assertThat(worker.getByTestId("organiser-attendance")).hasAttribute("data-status", "SIGNED_OUT");
        worker.getByTestId("certify-all").click();
        assertThat(worker.getByTestId("organiser-attendance")).hasAttribute("data-status", "CERTIFIED");
        phone.navigate("/volunteers/me");
        assertThat(phone.getByTestId("attendance-row").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("楼道杂物清理"))).hasAttribute("data-status", "CERTIFIED");
        Browser.screenshot(phone, "163-my-volunteering");
        phone.getByTestId("certificate-link").click();
        assertThat(phone.getByTestId("certificate-row").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("楼道杂物清理"))).isVisible();

        // The figures: a chart of hours per month and a row per committee.
        Browser.menu(worker, "社区服务", "志愿服务统计");
        assertThat(worker.getByTestId("figure-row").first()).isVisible();
        worker.waitForFunction("() => document.querySelector('[data-testid=figures-chart] canvas') !== null");
        Browser.screenshot(worker, "164-volunteer-figures");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
