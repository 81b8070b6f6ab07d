package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #16, items 1 and 2 on a phone: the resident finds a service on the map page (the list of
 * places under the map, which is the page without tiles), opens it, asks for an errand and sees it
 * among their errands; a worker takes it. Screenshots of the map, the catalogue, the life circle
 * and the errand pages.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class ServicesIT {

    @LocalServerPort
    int port;

    @Test
    void aResidentFindsAServiceOnTheMapAndAsksForAnErrandWhichAWorkerTakes() {
        String base = "http://localhost:" + port;
        Page phone = Browser.signIn(base, "resident", true);
        String errandUrl;
        try {
            Browser.phoneMenu(phone, "nav-community-services", "nav-service-map");
            Locator places = phone.getByTestId("service-place");
            assertThat(places.first()).isVisible();
            // The map draws every place the list shows (counted once the map has drawn, when the page is whole).
            assertThat(phone.locator("#service-map")).hasAttribute("data-drawn", java.util.regex.Pattern.compile("[1-9]\\d*"));
            assertThat(places).hasCount(Integer.parseInt(phone.locator("#service-map").getAttribute("data-drawn")));
            Browser.screenshot(phone, "160-services-map-phone");

            Locator clinic = phone.locator("[data-testid=service-place][data-kind=CLINIC]");
            clinic.getByTestId("service-place-service").first().click();
            assertThat(phone.getByTestId("service-title")).hasText("家庭医生签约");
            Browser.screenshot(phone, "161-service-phone");
            phone.getByTestId("errand-ask").click();
            phone.getByTestId("errand-submit").click();
            assertThat(phone.getByTestId("errand-details-error")).isVisible();
            phone.getByTestId("errand-details").fill("请帮我和家庭医生签约，老伴也一起");
            Browser.screenshot(phone, "162-errand-form-phone");
            phone.getByTestId("errand-submit").click();
            assertThat(phone.getByTestId("errand-status")).hasAttribute("data-status", "ASKED");
            errandUrl = phone.url().replaceAll("^https?://[^/]+", "");
            Browser.screenshot(phone, "163-errand-asked-phone");

            Browser.phoneMenu(phone, "nav-community-services", "nav-errands");
            String id = errandUrl.substring("/errands/".length());
            assertThat(phone.locator("[data-testid=errand-row][data-id='" + id + "']")).isVisible();
            Browser.screenshot(phone, "164-my-errands-phone");

            phone.navigate("/services");
            assertThat(phone.getByTestId("service-item").first()).isVisible();
            Browser.screenshot(phone, "165-services-catalogue-phone");
        } finally {
            phone.context().close();
        }

        Page desk = Browser.signIn(base, "worker", false);
        try {
            desk.navigate(errandUrl);
            desk.getByTestId("errand-step-TAKEN").check(new Locator.CheckOptions().setForce(true));
            desk.getByTestId("errand-note").fill("已电话联系居民，明天上门");
            desk.getByTestId("errand-step-save").click();
            assertThat(desk.getByTestId("errand-status")).hasAttribute("data-status", "TAKEN");
            assertThat(desk.getByTestId("errand-taker")).isVisible();
            Browser.screenshot(desk, "166-errand-taken");
            Browser.menu(desk, "社区服务", "代办帮办");
            assertThat(desk.getByTestId("errand-row").first()).isVisible();
            Browser.screenshot(desk, "167-errands-queue");
            desk.navigate("/services/map");
            Browser.screenshot(desk, "168-services-map");
        } finally {
            desk.context().close();
        }

        Page street = Browser.signIn(base, "street", false);
        try {
            Browser.menu(street, "社区服务", "15分钟生活圈");
            assertThat(street.locator("[data-testid=circle-row][data-committee='150104001002']")).isVisible();
            assertThat(street.getByTestId("circle-gap").first()).isVisible();
            assertThat(street.locator("[data-testid=circle-chart] canvas")).isVisible();
            Browser.screenshot(street, "169-life-circle");
        } finally {
            street.context().close();
        }
    }
}
