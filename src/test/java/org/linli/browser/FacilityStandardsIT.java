package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #17, item 2: the street's officer opens the facility standards, finds the street's nursing
 * home short of nursing beds with the rule and the numbers, corrects its beds (a number that cannot
 * be is refused beside the field, what was typed kept), and the shortfall is gone; the committee's
 * the street's day-care centre is set to serve the committees without one and the coverage
 * shortfall is gone; the committee's worker sees their committee against the sizing rule.
 * Screenshots of the views.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class FacilityStandardsIT {

    @LocalServerPort
    int port;

    @Test
    void theStreetFindsItsNursingHomeShortOfNursingBedsAndCorrectsIt() {
        String base = "http://localhost:" + port;
        Page desk = Browser.signIn(base, "street", false);
        try {
            Browser.menu(desk, "社区服务", "设施达标");
            Locator nursing = desk.locator("[data-testid=shortfall][data-standard=NURSING_BEDS]");
            assertThat(nursing).hasCount(1);
            assertThat(nursing).containsText("床位 120 张，护理型 30 张（25.0%）");
            assertThat(nursing).containsText("差 6 张");
            assertThat(desk.locator("[data-testid=shortfall][data-standard=DAY_CARE]")).hasCount(1);
            assertThat(desk.getByTestId("standards-chart").locator("canvas")).hasCount(1);
            Browser.screenshot(desk, "177-facility-standards");

            desk.getByTestId("tab-streets").click();
            assertThat(desk.getByTestId("street-standard")).hasCount(1);
            assertThat(desk.getByTestId("standards-chart").locator("canvas")).hasCount(1);
            Locator home = desk.getByTestId("street-facility").filter(new Locator.FilterOptions().setHasText("敬老院"));
            Browser.screenshot(desk, "178-facility-standards-streets");
            home.getByTestId("street-facility-edit").click();
            desk.getByTestId("facility-nursingPlaces").fill("130");
            desk.getByTestId("facility-save").click();
            assertThat(desk.locator("#nursingPlaces + .invalid-feedback")).hasText("护理型床位130张不能多于床位总数120张");
            assertThat(desk.getByTestId("facility-nursingPlaces")).hasValue("130");
            desk.getByTestId("facility-nursingPlaces").fill("36");
            desk.getByTestId("facility-save").click();
            assertThat(desk.getByTestId("street-standard")).hasCount(1);
            assertThat(desk.getByTestId("street-facility").filter(new Locator.FilterOptions().setHasText("敬老院")))
                    .containsText("护理型 36");
            desk.getByTestId("tab-shortfalls").click();
            assertThat(desk.locator("[data-testid=shortfall][data-standard=NURSING_BEDS]")).hasCount(0);

            // The street's own day-care centre serves the committees without one: coverage reaches the rule.
            desk.getByTestId("tab-streets").click();
            desk.getByTestId("street-facility").filter(new Locator.FilterOptions().setHasText("日间照料"))
                    .getByTestId("street-facility-edit").click();
            Locator serves = desk.getByTestId("facility-serves-committee");
            assertThat(serves.first()).isVisible();
            for (int i = 0; i < serves.count(); i++) {
                serves.nth(i).check();
            }
            desk.getByTestId("facility-serves").scrollIntoViewIfNeeded();
            Browser.screenshot(desk, "178a-day-care-serves");
            desk.getByTestId("facility-serves-save").click();
            assertThat(desk.getByTestId("street-standard")).hasCount(1);
            desk.getByTestId("tab-shortfalls").click();
            assertThat(desk.locator("[data-testid=shortfall][data-standard=DAY_CARE]")).hasCount(0);
            desk.getByTestId("tab-committees").click();
            assertThat(desk.locator("[data-testid=committee-day-care][data-covered=false]")).hasCount(0);
        } finally {
            desk.context().close();
        }

        Page worker = Browser.signIn(base, "worker", false);
        try {
            worker.navigate("/services/standards?view=committees");
            Locator own = worker.getByTestId("committee-standard");
            assertThat(own).hasCount(1);
            assertThat(own).containsText("860");
            assertThat(worker.getByTestId("tab-streets")).hasCount(0);
            Browser.screenshot(worker, "179-facility-standards-committee");
        } finally {
            worker.context().close();
        }
    }
}
