package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one set of tables walked through: 住建局 designs a template, applies for its admission, the
 * district's reviewer admits it, the department issues a request to 小召前街街道, the community
 * worker opens the pre-filled form, corrects one figure with a reason and submits, the street
 * approves, and the department downloads the consolidated table with the corrected figure in it.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class SmartReportIT {

    private static final String COMMITTEE = "/15/1501/150104/150104001/150104001002/";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    /** A screenshot once the page has loaded whole (the design form's lists of measures are long). */
    private static void shot(Page page, String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        Browser.screenshot(page, name);
    }

    private Page as(String username) {
        Page page = Browser.signIn("http://localhost:" + port, username, false);
        assertThat(page.getByTestId("home-title")).isVisible();
        return page;
    }

    @Test
    void aTemplateFromDesignToTheDepartmentsExcelFile() throws Exception {
        String name = "城镇住房安全统计表" + System.nanoTime() % 100000;
        Page dept = as("dept2");
        dept.navigate("/reports/templates");
        dept.getByTestId("template-new").click();
        dept.getByTestId("template-name").fill(name);
        dept.getByTestId("field-0-source").selectOption("registry.residents");
        dept.getByTestId("field-0-heading").fill("常住人口(人)");
        dept.getByTestId("field-1-source").selectOption("registry.aged-60");
        dept.getByTestId("field-2-source").selectOption("TYPED");
        dept.getByTestId("field-2-unit").fill("户");
        dept.getByTestId("template-save").click();
        assertThat(dept.getByTestId("field-2-label")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(dept.getByTestId("template-name")).hasValue(name);
        shot(dept, "150-report-template-refused");
        dept.getByTestId("field-2-label").fill("危房户数");
        dept.getByTestId("field-2-heading").fill("危房(户)");
        dept.getByTestId("template-save").click();
        assertThat(dept.getByTestId("saved")).isVisible();
        assertThat(dept.getByTestId("template-status")).hasText("草稿");
        shot(dept, "151-report-template-designed");

        dept.getByTestId("admission-basis").fill("《城市危险房屋管理规定》第五条");
        dept.getByTestId("admission-target").selectOption(new SelectOption().setValue("150104001"));
        dept.getByTestId("admission-apply").click();
        assertThat(dept.getByTestId("template-pending")).isVisible();
        String workItem = dept.getByTestId("template-work-item").textContent().strip();
        shot(dept, "152-report-template-applied");

        Page admin = as("admin");
        admin.navigate("/workitems/review");
        assertThat(admin.getByTestId("pending-" + workItem)).isVisible();
        shot(admin, "153-report-admission-review");
        admin.getByTestId("approve-" + workItem).click();
        assertThat(admin.getByTestId("pending-" + workItem)).hasCount(0);
        admin.context().close();

        String template = dept.url().replaceAll(".*/reports/templates/(\\d+).*", "$1");
        for (int i = 0; i < 40 && !dept.getByTestId("template-status").textContent().contains("已准入"); i++) {
            dept.waitForTimeout(250);
            dept.navigate("/reports/templates/" + template);
        }
        assertThat(dept.getByTestId("template-status")).hasText("已准入");
        dept.getByTestId("request-new").click();
        dept.getByTestId("request-from").fill(clock.today().withDayOfMonth(1).toString());
        dept.getByTestId("request-to").fill(clock.today().toString());
        dept.getByTestId("request-deadline").fill(clock.today().plusDays(5).toString());
        dept.getByTestId("target-150104001").check();
        shot(dept, "154-report-request-form");
        dept.getByTestId("request-issue").click();
        assertThat(dept.getByTestId("consolidated-title")).hasText(name);
        assertThat(dept.getByTestId("count-submitted")).hasText("0");
        String request = dept.url().replaceAll(".*/reports/requests/(\\d+).*", "$1");
        long form = jdbc.sql("SELECT id FROM report_form WHERE request_id = :r AND committee_path = :p")
                .param("r", Long.parseLong(request)).param("p", COMMITTEE).query(Long.class).single();

        Page worker = as("worker");
        worker.navigate("/reports/forms");
        assertThat(worker.getByTestId("form-" + form)).isVisible();
        shot(worker, "155-report-forms-of-committee");
        worker.getByTestId("form-" + form).getByTestId("form-open").click();
        String computed = worker.getByTestId("value-0-computed").textContent().strip();
        String corrected = new BigDecimal(computed).add(BigDecimal.valueOf(2)).toPlainString();
        assertThat(worker.getByTestId("value-0-value")).hasValue(computed);
        shot(worker, "156-report-form-prefilled");
        worker.getByTestId("value-0-value").fill(corrected);
        worker.getByTestId("value-2-value").fill("3");
        worker.getByTestId("form-submit").click();
        assertThat(worker.getByTestId("value-0-reason")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(worker.getByTestId("value-0-value")).hasValue(corrected);
        shot(worker, "157-report-form-correction-needs-reason");
        worker.getByTestId("value-0-reason").fill("2人上月新迁入，尚未登记");
        worker.getByTestId("form-submit").click();
        assertThat(worker.getByTestId("form-status")).hasText("待审核");
        shot(worker, "158-report-form-submitted");
        worker.context().close();

        Page street = as("street");
        street.navigate("/reports/forms/" + form);
        assertThat(street.getByTestId("value-0-correction")).containsText(computed);
        shot(street, "159-report-form-street-review");
        street.getByTestId("form-approve").click();
        assertThat(street.getByTestId("form-status")).hasText("已审核通过");
        street.context().close();

        dept.navigate("/reports/requests/" + request);
        assertThat(dept.getByTestId("count-approved")).hasText("1");
        assertThat(dept.getByTestId("cell-" + form + "-0")).hasText(corrected);
        shot(dept, "160-report-consolidated");
        Download download = dept.waitForDownload(() -> dept.getByTestId("consolidated-export").click());
        try (InputStream in = Files.newInputStream(download.path()); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(3))).isEqualTo("常住人口(人)");
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(5))).isEqualTo("危房(户)");
            Row row = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if ("五塔北街社区居委会".equals(text.formatCellValue(sheet.getRow(i).getCell(1)))) {
                    row = sheet.getRow(i);
                }
            }
            assertThat(row).isNotNull();
            assertThat(text.formatCellValue(row.getCell(3))).isEqualTo(corrected);
            assertThat(text.formatCellValue(row.getCell(5))).isEqualTo("3");
        }
        dept.context().close();
    }
}
