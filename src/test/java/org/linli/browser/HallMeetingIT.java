package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
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

    @Test
    void theHallShowsTheConvenedMeetingUntilItIsCancelled() {
        Page worker = signIn("worker", false);
        worker.navigate("/topics");
        worker.getByLabel("议题").fill("社区养老助餐点选址");
        worker.getByLabel("背景和建议").fill("社区老人多，建议在党群服务中心一楼设助餐点，需居民会议决定。");
        worker.getByTestId("propose").click();
        worker.getByLabel("已受理，议事中").check();
        worker.getByTestId("review-submit").click();
        worker.locator("#record").fill("议案：在党群服务中心一楼设养老助餐点");
        worker.getByTestId("close-stage").click();
        worker.getByTestId("convene-link").click();
        worker.getByLabel("会议", new Page.GetByLabelOptions().setExact(true)).selectOption("RESIDENTS_MEETING");
        worker.getByLabel("应到人员").selectOption("PERSONS");
        worker.getByLabel("日期").fill(LocalDate.now(org.linli.shared.Times.zone()).plusDays(3).toString());
        worker.getByLabel("地点").fill("五塔北街社区广场");
        worker.getByLabel("主持人").fill("张丽");
        worker.getByLabel("记录人").fill("李强");
        worker.getByLabel("社区养老助餐点选址").check();
        worker.getByTestId("convene-submit").click();
        assertThat(worker.getByTestId("assembly-status")).hasText("签到中");
        String desk = worker.url().replaceAll("^https?://[^/]+", "");

        // The demo resident is bound to an adult of the committee, so is on this meeting's roll.
        Page phone = signIn("resident", true);
        phone.navigate("/topics");
        var card = phone.getByTestId("open-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("社区养老助餐点选址"));
        assertThat(card.getByTestId("next-meeting")).containsText("居民会议，五塔北街社区广场");
        assertThat(card.getByTestId("next-meeting-online")).containsText("您在本次会议名册上，开始表决后可在议题页线上投票");
        card.getByTestId("next-meeting").scrollIntoViewIfNeeded();
        Browser.screenshot(phone, "86-hall-next-meeting");

        worker.navigate(desk);
        worker.getByLabel("取消会议", new Page.GetByLabelOptions().setExact(false)).fill("广场施工，改期另行通知");
        worker.getByTestId("cancel-meeting").click();
        assertThat(worker.getByTestId("assembly-status")).hasText("已取消");
        assertThat(worker.getByTestId("cancelled")).containsText("广场施工，改期另行通知");
        Browser.screenshot(worker, "87-meeting-cancelled");

        phone.reload();
        assertThat(phone.getByTestId("open-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("社区养老助餐点选址"))
                .getByTestId("next-meeting")).hasCount(0);
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
