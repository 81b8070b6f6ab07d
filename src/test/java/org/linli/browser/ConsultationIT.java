package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.shared.Times;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A draft through its consultation: the committee publishes it → a resident comments on a
 * selected passage on a phone → the deadline passes → the committee answers, is refused the
 * report while a comment is unanswered, answers it and publishes → anyone reads the report.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class ConsultationIT {

    private static final String TITLE = "五塔北街社区停车管理办法（征求意见稿）";

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
        worker.getByLabel("标题").fill(TITLE);
        worker.getByLabel("截止时间").fill(LocalDateTime.now(Times.zone()).plusDays(14).withHour(18).withMinute(0).toString().substring(0, 16));
        worker.getByLabel("正文（每段一行", new Page.GetByLabelOptions().setExact(false)).fill("""
                为规范小区停车秩序，保障消防通道畅通，结合本社区实际，制定本办法。
                小区内机动车按划定车位停放，不得占用消防通道、绿地和盲道。
                每户限登记一辆机动车，第二辆车按临时停车收费，每月管理费 50 元。
                本办法经居民会议讨论通过后施行。""");
        Browser.screenshot(worker, "70-consultation-draft-form");
        worker.getByTestId("publish-draft").click();
        assertThat(worker.getByTestId("consultation-status")).hasText("征集中");
        assertThat(worker.locator("#p3")).containsText("每户限登记一辆机动车");
        Browser.screenshot(worker, "71-consultation-published");
        String draftUrl = worker.url().replaceAll("#.*", "");
        long id = Long.parseLong(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));

        // The resident, on a phone, selects a passage of paragraph 3 and comments on it.
        Page resident = signIn("resident", true);
        resident.navigate("/consultations");
        resident.getByText(TITLE).click();
        assertThat(resident.getByTestId("consultation-status")).hasText("征集中");
        resident.locator("[data-paragraph='3']").evaluate("""
                (p, passage) => {
                    const text = p.firstChild;
                    const start = text.textContent.indexOf(passage);
                    const range = document.createRange();
                    range.setStart(text, start);
                    range.setEnd(text, start + passage.length);
                    const selection = document.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                }""", "第二辆车按临时停车收费");
        assertThat(resident.getByLabel("段落")).hasValue("3");
        assertThat(resident.getByLabel("所选原文（可选，不填即对整段）")).hasValue("第二辆车按临时停车收费");
        Browser.screenshot(resident, "72-resident-selects-passage");
        resident.getByLabel("意见", new Page.GetByLabelOptions().setExact(true)).fill("家里两辆车的多为照顾老人，建议第二辆车可按月包租空余车位。");
        resident.getByTestId("comment-form").scrollIntoViewIfNeeded();
        Browser.screenshot(resident, "73-resident-comment-form");
        resident.getByTestId("submit-comment").click();
        assertThat(resident.locator(".alert-success")).containsText("意见已提交");
        Locator mine = resident.locator("#p3 [data-testid=comment]");
        assertThat(mine).containsText("我");
        assertThat(mine).containsText("就“第二辆车按临时停车收费”");
        Browser.screenshot(resident, "74-resident-commented");

        // The deadline passes.
        clock.setTo(jdbc.sql("SELECT deadline FROM consultation WHERE id = :id").param("id", id).query(java.time.OffsetDateTime.class)
                .single().plusMinutes(1).toInstant());
        resident.reload();
        assertThat(resident.getByTestId("consultation-status")).hasText("待答复");
        assertThat(resident.getByTestId("comment-form")).hasCount(0);

        // The committee cannot publish the report before answering every comment.
        worker.navigate(draftUrl);
        assertThat(worker.getByTestId("consultation-status")).hasText("待答复");
        worker.getByTestId("publish-report").click();
        assertThat(worker.getByTestId("report-error")).hasText("还有 1 条意见未答复，全部答复后才能发布反馈报告");
        Browser.screenshot(worker, "75-report-refused-unanswered");
        Locator form = worker.getByTestId("answer-form").first();
        form.getByText("部分采纳").click();
        form.getByLabel("答复理由").fill("短");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("答复")).click();
        assertThat(worker.getByTestId("answer-error")).containsText("请填写“部分采纳”的理由");
        form = worker.getByTestId("answer-form").first();
        assertThat(form.getByLabel("答复理由")).hasValue("短");
        form.getByLabel("答复理由").fill("部分采纳：空余车位可按月包租给第二辆车，费用另定；仍不得占用消防通道。");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("答复")).click();
        assertThat(worker.getByTestId("answer")).containsText("部分采纳");
        Browser.screenshot(worker, "76-staff-answered");
        worker.getByLabel("报告说明（可选，如修改情况概述）").fill("共收到意见 1 条，部分采纳 1 条；办法第三条已相应修改。");
        worker.getByTestId("publish-report").click();
        assertThat(worker.getByTestId("consultation-status")).hasText("已发布反馈");
        Browser.screenshot(worker, "77-report-published");

        // Anyone reads the report without signing in, on a phone or printed.
        Page visitor = Browser.phone(base());
        visitor.navigate("/public/consultations/" + id);
        assertThat(visitor.locator("h1")).containsText("征求意见情况的反馈报告");
        assertThat(visitor.getByTestId("report-comment")).containsText("陈**");
        assertThat(visitor.getByTestId("report-comment")).containsText("部分采纳");
        assertThat(visitor.getByTestId("report-counts")).containsText("部分采纳");
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

    private Page signIn(String username, boolean phone) {
        return Browser.signIn(base(), username, phone);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
