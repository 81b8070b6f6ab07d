package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A community worker browses by building (以房管人): estate → building → entrance → room → household → people. */
@LinliTest
@ExtendWith(BrowserTests.class)
class BuildingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A building of the worker's committee whose first entrance has a vacant room and an occupied one. */
    record Place(long estate, long building) {
    }

    private Place place() {
        return jdbc.sql("""
                        SELECT b.parent_id AS estate, d.building_id AS building FROM dwelling d JOIN division b ON b.id = d.building_id
                        WHERE d.division_path LIKE :p || '%' AND d.entrance = 1
                        GROUP BY d.building_id, b.parent_id
                        HAVING bool_or(NOT EXISTS (SELECT 1 FROM household h JOIN resident r ON r.household_id = h.id
                                                   WHERE h.dwelling_id = d.id AND h.closed_on IS NULL AND r.status = 'LIVING'))
                           AND bool_or(EXISTS (SELECT 1 FROM household h JOIN resident r ON r.household_id = h.id
                                               WHERE h.dwelling_id = d.id AND h.closed_on IS NULL AND r.status = 'LIVING'))
                        ORDER BY count(*) DESC, d.building_id LIMIT 1""")
                .param("p", RegistryFixtures.OWN_COMMITTEE).query(Place.class).single();
    }

    @Test
    void aWorkerBrowsesFromTheEstateToThePeopleOfARoomOnTheDesktop() {
        Place place = place();
        Page page = Browser.signIn("http://localhost:" + port, "worker", false);
        try {
            walk(page, place, "50-building");
        } finally {
            page.context().close();
        }
    }

    @Test
    void andOnAPhoneOf375Pixels() {
        Place place = place();
        Page page = Browser.chromium().newContext(new NewContextOptions().setBaseURL("http://localhost:" + port)
                .setLocale("zh-CN").setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))
                .newPage();
        try {
            page.navigate("/login");
            page.getByTestId("username").fill("worker");
            page.getByTestId("password").fill("linli2026");
            page.getByTestId("sign-in").click();
            walk(page, place, "51-building-phone");
        } finally {
            page.context().close();
        }
    }

    private void walk(Page page, Place place, String screenshots) {
        page.navigate("/divisions/" + place.estate());
        page.locator("[data-testid=children] a[href='/divisions/" + place.building() + "']").click();

        // the building: its entrances with counts, loaded from the registry
        assertThat(page.getByTestId("building-entrances")).isVisible();
        assertThat(page.getByTestId("entrance-1")).isVisible();
        Browser.screenshot(page, screenshots + "-entrances");
        page.getByTestId("entrance-1").click();

        // the entrance: floors with their rooms, vacant ones shown and marked
        assertThat(page.getByTestId("entrance-title")).hasAttribute("data-entrance", "1");
        assertThat(page.locator("[data-testid=room][data-vacant=true]").first()).isVisible();
        assertThat(page.locator("[data-testid=room][data-vacant=false]").first()).isVisible();
        // a tall entrance is streamed: count its floors once the whole page is there
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        Browser.screenshot(page, screenshots + "-entrance");
        int shown = page.locator("[data-testid=floor]").all().stream()
                .mapToInt(floor -> Integer.parseInt(floor.getAttribute("data-rooms"))).sum();
        assertThat(page.getByTestId("entrance-counts")).hasAttribute("data-rooms", String.valueOf(shown));
        assertNoSidewaysScroll(page);

        // a room → its household → the people
        page.locator("[data-testid=room][data-vacant=false]").first().click();
        assertThat(page.getByTestId("members")).isVisible();
        assertThat(page.getByTestId("member").first()).isVisible();
        assertThat(page.getByTestId("household-entrance")).isVisible();
        Browser.screenshot(page, screenshots + "-household");
        page.getByTestId("member").first().locator("a").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/residents/\\d+$"));
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(wide).isEqualTo(false);
    }
}
