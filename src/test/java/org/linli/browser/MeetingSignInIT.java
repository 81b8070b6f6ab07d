package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in without the desk and disclosures that change on the record: the worker's meeting page
 * shows a QR code, a resident on a phone opens its link and is signed in, the printable sheet lists
 * the roll; a posting with a file is corrected and the public board says so.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class MeetingSignInIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    @Test
    void aResidentSignsInByTheQrCodeOnTheirPhone() {
        Page worker = Browser.signIn(base(), "worker", false);
        worker.navigate("/topics");
        worker.getByTestId("topic-title").fill("小区充电桩建设");
        worker.getByTestId("topic-body").fill("电动车充电难，建议在 5 号楼北侧建设充电桩，需居民会议决定。");
        worker.getByTestId("propose").click();
        worker.getByTestId("outcome-ADMITTED").check();
        worker.getByTestId("review-submit").click();
        worker.getByTestId("stage-record").fill("议案：在 5 号楼北侧建设充电桩");
        worker.getByTestId("close-stage").click();
        worker.getByTestId("convene-link").click();
        worker.getByTestId("convene-kind").selectOption("RESIDENTS_MEETING");
        worker.getByTestId("convene-basis").selectOption("PERSONS");
        worker.getByTestId("convene-heldOn").fill(clock.today().toString());
        worker.getByTestId("convene-place").fill("五塔北街社区广场");
        worker.getByTestId("convene-chair").fill("张丽");
        worker.getByTestId("convene-recorder").fill("李强");
        worker.getByTestId("convene-submit").click();
        assertThat(worker.getByTestId("assembly-status")).hasAttribute("data-status", "SIGN_IN");
        String desk = worker.url();

        // The desk shows the QR code of the sign-in link.
        assertThat(worker.getByTestId("check-in-qr")).isVisible();
        worker.waitForFunction("() => { const img = document.querySelector('[data-testid=check-in-qr]');"
                + " return img.complete && img.naturalWidth > 0; }");
        String link = worker.getByTestId("check-in-link").getAttribute("href");
        assertThat(link).startsWith(base() + "/meetings/").contains("/check-in?key=");
        Browser.screenshot(worker, "100-meeting-qr-code");

        // The demo resident (bound, on the roll) opens the link on the phone and signs in.
        Page phone = Browser.signIn(base(), "resident", true);
        phone.navigate(link);
        phone.getByTestId("check-in").click();
        assertThat(phone.getByTestId("checked-in")).isVisible();
        Browser.screenshot(phone, "101-check-in-on-phone");
        phone.reload();
        assertThat(phone.getByTestId("check-in")).hasCount(0);

        worker.navigate(desk);
        assertThat(worker.getByTestId("present")).hasAttribute("data-count", "1");

        // The printable sheet lists the roll with a column to sign.
        worker.getByTestId("sheet-link").click();
        assertThat(worker.getByTestId("sheet")).isVisible();
        assertThat(worker.getByTestId("sheet-row").first()).isVisible();
        worker.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(worker.getByTestId("print-sheet")).isHidden();
        // A roll of every adult runs to thousands of lines: the first screen of the printed sheet is shown.
        worker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "102-sign-in-sheet-print.png")));
        worker.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    }

    @Test
    void aCorrectedDisclosureShowsAsCorrectedOnThePublicBoard() {
        Page worker = Browser.signIn(base(), "worker", false);
        worker.navigate("/disclosure/150104001002");
        worker.getByTestId("posting-item").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("居（村）务一般事项"));
        worker.getByTestId("posting-period").fill("2026年第3季度");
        worker.getByTestId("posting-title").fill("第三季度居务公开");
        worker.getByTestId("posting-body").fill("第三季度完成楼道照明改造 12 处，支出 3,600 元。");
        worker.getByTestId("posting-files").setInputFiles(new FilePayload("三季度支出明细.csv", "text/csv",
                "项目,金额\n楼道照明,3600\n".getBytes(StandardCharsets.UTF_8)));
        worker.getByTestId("publish").click();
        worker.getByTestId("posting-link").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("第三季度居务公开"))
                .first().click();
        worker.getByTestId("correct-body").fill("第三季度完成楼道照明改造 16 处，支出 4,800 元。");
        worker.getByTestId("correct-reason").fill("改造数量和金额统计有误");
        worker.getByTestId("correct").click();
        assertThat(worker.getByTestId("posting-status")).hasAttribute("data-status", "CURRENT");

        Page passerBy = Browser.phone(base());
        passerBy.navigate("/public/disclosure/150104001002");
        var posting = passerBy.locator("[data-testid=posting][data-version='2']").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("第三季度居务公开"));
        assertThat(posting.getByTestId("corrected")).isVisible();
        assertThat(posting.getByTestId("correction")).containsText("改造数量和金额统计有误");
        assertThat(posting.getByTestId("attachment")).containsText("三季度支出明细.csv");
        posting.scrollIntoViewIfNeeded();
        Browser.screenshot(passerBy, "103-corrected-disclosure");
        posting.getByTestId("versions-link").click();
        assertThat(passerBy.getByTestId("version")).hasCount(2);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
