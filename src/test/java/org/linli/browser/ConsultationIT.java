package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A draft through its consultation: the committee publishes it → a resident comments on a
 * selected passage on a phone → the deadline passes → the committee answers, is refused the
 * report while a comment is unanswered, answers it and publishes → anyone reads the report.
 * Everything is found by its {@code data-testid}; what is checked is the state the page shows
 * ({@code data-status}, {@code data-answer}) and the text the test typed, not the page's wording.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class ConsultationIT {

    private static final String TITLE = "五塔北街社区停车管理办法（征求意见稿）";
    private static final String PASSAGE = "第二辆车按临时停车收费";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.linli.testing.TestClock clock;

    @Test
    void aDraftFromPublishingToTheFeedbackReport() {
        Page worker = signIn("worker", false);
        worker.navigate("/consultations");
        worker.getByTestId("new-consultation").click();
        worker.getByTestId("draft-title").fill(TITLE);
        worker.getByTestId("draft-deadline").fill(LocalDateTime.now(clock).plusDays(14).withHour(18).withMinute(0).toString().substring(0, 16));
        worker.getByTestId("draft-body").fill("""
                为规范小区停车秩序，保障消防通道畅通，结合本社区实际，制定本办法。
                小区内机动车按划定车位停放，不得占用消防通道、绿地和盲道。
                每户限登记一辆机动车，第二辆车按临时停车收费，每月管理费 50 元。
                本办法经居民会议讨论通过后施行。""");
        Browser.screenshot(worker, "70-consultation-draft-form");
        worker.getByTestId("publish-draft").click();
        assertThat(worker.getByTestId("consultation-status")).hasAttribute("data-status", "OPEN");
        assertThat(paragraph(worker, 3)).containsText("每户限登记一辆机动车");
        Browser.screenshot(worker, "71-consultation-published");
        String draftUrl = worker.url().replaceAll("#.*", "");
        long id = Long.parseLong(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));

        // Anyone reads the open draft without an account, at the address the committee shares (link and QR code).
        Page reader = Browser.phone(base());
        reader.navigate("/public/consultations/" + id);
        assertThat(reader.getByTestId("consultation-status")).hasAttribute("data-status", "OPEN");
        assertThat(paragraph(reader, 3)).containsText("每户限登记一辆机动车");
        reader.getByTestId("share").locator("summary").click();
        assertThat(reader.getByTestId("share-url")).hasValue(base() + "/public/consultations/" + id);
        assertThat(reader.getByTestId("share-qr")).isVisible();
        Browser.screenshot(reader, "71a-public-draft-phone");
        reader.getByTestId("sign-in-to-comment").click();
        assertThat(reader.locator("input[name=username]")).isVisible();
        reader.context().close();

        // The resident, on a phone, selects a passage of paragraph 3 and comments on it.
        Page resident = signIn("resident", true);
        resident.navigate("/consultations");
        resident.getByTestId("consultation-link").filter(new Locator.FilterOptions().setHasText(TITLE)).click();
        assertThat(resident.getByTestId("consultation-status")).hasAttribute("data-status", "OPEN");
        // The page's deferred script listens for the selection; it has run once the page has loaded.
        resident.waitForLoadState(LoadState.LOAD);
        paragraph(resident, 3).getByTestId("paragraph-text").evaluate("""
                (p, passage) => {
                    const text = p.firstChild;
                    const start = text.textContent.indexOf(passage);
                    const range = document.createRange();
                    range.setStart(text, start);
                    range.setEnd(text, start + passage.length);
                    const selection = document.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                }""", PASSAGE);
        assertThat(resident.getByTestId("comment-paragraph")).hasValue("3");
        assertThat(resident.getByTestId("comment-passage-input")).hasValue(PASSAGE);
        Browser.screenshot(resident, "72-resident-selects-passage");
        resident.getByTestId("comment-body").fill("家里两辆车的多为照顾老人，建议第二辆车可按月包租空余车位。");
        resident.getByTestId("comment-form").scrollIntoViewIfNeeded();
        Browser.screenshot(resident, "73-resident-comment-form");
        resident.getByTestId("submit-comment").click();
        Locator mine = paragraph(resident, 3).locator("[data-testid=comment][data-mine=true]");
        assertThat(mine).hasCount(1);
        assertThat(mine.getByTestId("comment-passage")).hasText(PASSAGE);
        Browser.screenshot(resident, "74-resident-commented");

        // The deadline passes.
        clock.setTo(jdbc.sql("SELECT deadline FROM consultation WHERE id = :id").param("id", id).query(java.time.OffsetDateTime.class)
                .single().plusMinutes(1).toInstant());
        resident.reload();
        assertThat(resident.getByTestId("consultation-status")).hasAttribute("data-status", "AWAITING_ANSWERS");
        assertThat(resident.getByTestId("comment-form")).hasCount(0);

        // The committee cannot publish the report before answering every comment.
        worker.navigate(draftUrl);
        assertThat(worker.getByTestId("consultation-status")).hasAttribute("data-status", "AWAITING_ANSWERS");
        worker.getByTestId("publish-report").click();
        assertThat(worker.getByTestId("report-error")).isVisible();
        assertThat(worker.getByTestId("consultation-status")).hasAttribute("data-status", "AWAITING_ANSWERS");
        Browser.screenshot(worker, "75-report-refused-unanswered");
        // Answers are given in place: the comment's form opens on demand and the answered comment comes back.
        assertThat(worker.getByTestId("answer-form")).hasCount(0);
        worker.getByTestId("open-answer").first().click();
        Locator form = worker.getByTestId("answer-form").first();
        form.getByTestId("answer-PARTLY_ADOPTED").check();
        form.getByTestId("answer-reason").fill("短");
        form.getByTestId("submit-answer").click();
        assertThat(worker.getByTestId("answer-error")).isVisible();
        form = worker.getByTestId("answer-form").first();
        assertThat(form.getByTestId("answer-reason")).hasValue("短");
        assertThat(form.getByTestId("answer-PARTLY_ADOPTED")).isChecked();
        form.getByTestId("answer-reason").fill("部分采纳：空余车位可按月包租给第二辆车，费用另定；仍不得占用消防通道。");
        form.getByTestId("submit-answer").click();
        assertThat(worker.getByTestId("answer")).hasAttribute("data-answer", "PARTLY_ADOPTED");
        assertThat(worker.getByTestId("answer-saved")).isVisible();
        Browser.screenshot(worker, "76-staff-answered");
        // The resident is told, and reads the answer to their comment.
        Locator told = resident.locator("[data-testid=notice][data-link*='/consultations/" + id + "/comments/']");
        for (int tries = 0; tries < 20 && told.count() == 0; tries++) {
            resident.navigate("/notices");
            resident.waitForTimeout(250);
        }
        told.first().click();
        assertThat(resident.getByTestId("answer")).hasAttribute("data-answer", "PARTLY_ADOPTED");
        worker.getByTestId("report-note-input").fill("共收到意见 1 条，部分采纳 1 条；办法第三条已相应修改。");
        worker.getByTestId("publish-report").click();
        assertThat(worker.getByTestId("consultation-status")).hasAttribute("data-status", "REPORTED");
        Browser.screenshot(worker, "77-report-published");

        // Anyone reads the report without signing in, on a phone or printed.
        Page visitor = Browser.phone(base());
        visitor.navigate("/public/consultations/" + id);
        assertThat(visitor.getByTestId("report-title")).containsText(TITLE);
        assertThat(visitor.getByTestId("report-comment")).hasAttribute("data-answer", "PARTLY_ADOPTED");
        assertThat(visitor.getByTestId("report-author")).hasText("陈**");
        assertThat(visitor.locator("[data-testid=report-count][data-answer=PARTLY_ADOPTED]")).hasAttribute("data-count", "1");
        Browser.screenshot(visitor, "78-public-report-phone");
        Page printed = Browser.desktop(base());
        printed.navigate("/public/consultations/" + id);
        printed.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(printed.locator("nav.navbar")).isHidden();
        Browser.screenshot(printed, "79-public-report-print");
        for (Page p : new Page[] {worker, resident, visitor, printed}) {
            p.context().close();
        }
    }

    /** The paragraph of the draft with that number, as a page shows it. */
    private static Locator paragraph(Page page, int number) {
        return page.locator("[data-testid=paragraph][data-number='" + number + "']");
    }

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
