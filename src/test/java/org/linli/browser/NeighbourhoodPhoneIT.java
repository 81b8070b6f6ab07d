package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.linli.testing.VolunteerFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Issue #16's walk on a phone, across the four modules it built: the demo resident finds a service
 * on the map and asks for an errand; on the day of an activity they sign in by the code the
 * organiser shows and out again; once the organiser certifies the hours, the household's points
 * count them, and the resident contests another entry.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class NeighbourhoodPhoneIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    Clock zone;
    @Autowired
    EventPublicationRegistry events;

    @Test
    void aResidentAsksForAnErrandVolunteersByTheCodeAndContestsAnEntryOfTheirHouseholdsPoints() {
        String base = "http://localhost:" + port;
        LocalDate day = clock.today().plusDays(3);
        Page desk = Browser.signIn(base, "worker", false);
        Page phone = Browser.signIn(base, "resident", true);
        try {
            // The resident finds a service on the map page (its list works without tiles) and asks for an errand.
            open(phone, "nav-service-map");
            // 就业失业登记 is done as an errand and the demo resident has not asked for it yet.
            phone.getByTestId("service-place-service").filter(new Locator.FilterOptions().setHasText("就业失业登记")).first().click();
            phone.getByTestId("errand-ask").click();
            phone.getByTestId("errand-details").fill("腿脚不便，请帮忙代办，材料在家里");
            phone.getByTestId("errand-submit").click();
            assertThat(phone.getByTestId("errand-status")).hasAttribute("data-status", "ASKED");
            Browser.screenshot(phone, "170-walk-errand-asked-phone");

            // The organiser publishes an activity; its page shows the code.
            Browser.menu(desk, "社区服务", "志愿活动");
            desk.getByTestId("activity-title").fill("老年食堂助餐");
            desk.getByTestId("activity-day").fill(day.toString());
            desk.getByTestId("activity-start").fill("10:30");
            desk.getByTestId("activity-end").fill("12:30");
            desk.getByTestId("activity-place").fill("五塔北街社区老年食堂");
            desk.getByTestId("activity-places").fill("6");
            desk.getByTestId("activity-submit").click();
            String code = desk.getByTestId("activity-code").textContent().strip();
            String organiser = desk.url();

            // On the day the resident types the code, and signs out an hour and a half later.
            clock.setTo(VolunteerFixtures.at(day, "10:25", zone.getZone()));
            phone.navigate(base + "/activities/check");
            phone.getByTestId("check-code").fill(code);
            phone.getByTestId("check-submit").click();
            assertThat(phone.getByTestId("attendance-status")).hasAttribute("data-status", "SIGNED_IN");
            clock.advance(Duration.ofMinutes(95));
            phone.navigate(base + "/activities/check?code=" + code);
            phone.getByTestId("check-submit").click();
            assertThat(phone.getByTestId("attendance-status")).hasAttribute("data-status", "SIGNED_OUT");
            Browser.screenshot(phone, "171-walk-signed-out-phone");

            // The organiser certifies; the household's points count the hours.
            desk.navigate(organiser);
            desk.getByTestId("certify-all").click();
            assertThat(desk.getByTestId("organiser-attendance")).hasAttribute("data-status", "CERTIFIED");
            Events.settle(events);
            open(phone, "nav-my-points");
            String activity = organiser.replaceAll(".*/activities/(\\d+).*", "$1");
            assertThat(phone.getByTestId("points-entry").filter(new Locator.FilterOptions()
                    .setHasText("志愿服务 1.5 小时（活动 #" + activity + "）"))).hasCount(1);
            long total = Long.parseLong(phone.getByTestId("points-total").getAttribute("data-total"));

            // The resident contests another entry with a reason.
            Locator entry = phone.locator("[data-testid=points-entry]:has([data-testid=points-contest])").last();
            String id = entry.getAttribute("data-id");
            entry.getByTestId("points-contest").click();
            entry.getByTestId("contest-reason").fill("这次活动我家没有参加，记错了户。");
            entry.getByTestId("contest-submit").click();
            Locator contested = phone.locator("[data-testid=points-entry][data-id='" + id + "']");
            assertThat(contested.getByTestId("contest-status")).hasAttribute("data-status", "OPEN");
            assertThat(phone.getByTestId("points-total")).hasAttribute("data-total", String.valueOf(total));
            Browser.screenshot(phone, "172-walk-points-contested-phone");
        } finally {
            phone.context().close();
            desk.context().close();
        }
    }

    /** Opens an item of the 社区服务 menu as a phone does: the menu button first. */
    private static void open(Page phone, String item) {
        Browser.phoneMenu(phone, "nav-community-services", item);
    }
}
