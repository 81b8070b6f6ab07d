package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A residents' meeting convened on the registry shows in the residents' hall on a phone, with
 * whether the resident may vote online; the worker then cancels it and the hall no longer lists it.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class HallMeetingIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    @Test
    void theHallShowsTheConvenedMeetingUntilItIsCancelled() {
        Page worker = signIn("worker", false);
        worker.navigate("/topics");
        worker.getByTestId("topic-title").fill("社区养老助餐点选址");
        worker.getByTestId("topic-body").fill("社区老人多，建议在党群服务中心一楼设助餐点，需居民会议决定。");
        worker.getByTestId("propose").click();
        worker.getByTestId("outcome-ADMITTED").check();
        worker.getByTestId("review-submit").click();
        worker.getByTestId("stage-record").fill("议案：在党群服务中心一楼设养老助餐点");
        worker.getByTestId("close-stage").click();
        assertThat(worker.getByTestId("topic-status")).hasAttribute("data-stage", "1");
        long topic = Long.parseLong(worker.url().replaceAll(".*/topics/(\\d+).*", "$1"));
        worker.getByTestId("convene-link").click();
        worker.getByTestId("convene-kind").selectOption("RESIDENTS_MEETING");
        worker.getByTestId("convene-basis").selectOption("PERSONS");
        String day = clock.today().plusDays(3).toString();
        worker.getByTestId("convene-heldOn").fill(day);
        worker.getByTestId("convene-place").fill("五塔北街社区广场");
        worker.getByTestId("convene-chair").fill("张丽");
        worker.getByTestId("convene-recorder").fill("李强");
        assertThat(worker.getByTestId("agenda-" + topic)).isChecked();
        worker.getByTestId("convene-submit").click();
        assertThat(worker.getByTestId("assembly-status")).hasAttribute("data-status", "SIGN_IN");
        String desk = worker.url().replaceAll("^https?://[^/]+", "");

        // The demo resident is bound to an adult of the committee, so is on this meeting's roll.
        Page phone = signIn("resident", true);
        phone.navigate("/topics");
        Locator card = phone.locator("[data-testid=open-card][data-topic='" + topic + "']");
        assertThat(card.getByTestId("next-meeting")).hasAttribute("data-held-on", day);
        assertThat(card.getByTestId("next-meeting")).hasAttribute("data-convened", "true");
        assertThat(card.getByTestId("next-meeting")).hasAttribute("data-may-vote", "true");
        assertThat(card.getByTestId("next-meeting")).containsText("五塔北街社区广场");
        card.getByTestId("next-meeting").scrollIntoViewIfNeeded();
        Browser.screenshot(phone, "86-hall-next-meeting");

        worker.navigate(desk);
        worker.getByTestId("cancel-reason").fill("广场施工，改期另行通知");
        worker.getByTestId("cancel-meeting").click();
        assertThat(worker.getByTestId("assembly-status")).hasAttribute("data-status", "CANCELLED");
        assertThat(worker.getByTestId("cancelled")).containsText("广场施工，改期另行通知");
        Browser.screenshot(worker, "87-meeting-cancelled");

        phone.reload();
        assertThat(phone.locator("[data-testid=open-card][data-topic='" + topic + "']").getByTestId("next-meeting")).hasCount(0);
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
