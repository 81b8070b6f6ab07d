package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.shared.DataScope;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.CaseworkFixtures.BuildingPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A patrol on a phone (issue #14): the grid worker of 五塔北街社区 第1网格, standing at one of its
 * buildings with the position allowed, starts a patrol; the building ticks by itself, another is
 * ticked by hand; a finding is reported as a case with a photo from the patrol's button (place and
 * point pre-filled) and the patrol records its number; the patrol ends with its duration and
 * distance. The street officer then reads the coverage page and the grid's month as a calendar.
 * A worker who refuses the position patrols with a note and ticks by hand.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class PatrolIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    Locator locator;

    @Test
    void aGridWorkerPatrolsReportsAFindingAndTheStreetSeesTheCoverage() {
        BuildingPoint at = CaseworkFixtures.buildingUnder(divisions, locator, CaseworkFixtures.GRID);
        Division grid = divisions.findByCode(CaseworkFixtures.GRID).orElseThrow();
        Division other = divisions.search("", new DataScope(grid.path()), List.of(Level.BUILDING), 100).stream()
                .filter(b -> b.id() != at.building().id() && locator.centre(b).orElseThrow().metresTo(at.point()) > 100)
                .findFirst().orElseThrow();
        Page page = Browser.signIn(base(), "grid", true);
        BrowserContext context = page.context();
        context.setGeolocation(new Geolocation(at.point().lat(), at.point().lon()).setAccuracy(8));
        context.grantPermissions(List.of("geolocation"), new BrowserContext.GrantPermissionsOptions().setOrigin(base()));

        page.navigate("/patrols");
        page.getByTestId("start-patrol").click();
        assertThat(page.getByTestId("patrol-running")).isVisible();
        String patrolUrl = page.url();
        assertThat(page.getByTestId("geo-status")).hasAttribute("data-state", "located");
        assertThat(page.getByTestId("ticked-" + at.building().code())).isVisible();
        page.getByTestId("tick-" + other.code()).click();
        assertThat(page.getByTestId("ticked-" + other.code())).isVisible();
        Browser.screenshot(page, "140-patrol-running-on-a-phone");

        page.getByTestId("report-finding").click();
        assertThat(page.getByTestId("latitude")).hasValue(String.format("%.6f", at.point().lat()));
        page.getByTestId("case-category").selectOption("FACILITIES");
        page.getByTestId("case-description").fill("巡查发现楼前井盖松动，需尽快更换。");
        page.getByTestId("photos").setInputFiles(new FilePayload("manhole.png", "image/png", CaseworkFixtures.PNG));
        Browser.screenshot(page, "141-patrol-finding-as-a-case");
        page.getByTestId("save-case").click();
        assertThat(page.getByTestId("case-point")).hasAttribute("data-grid", CaseworkFixtures.GRID);
        String number = jdbc.sql("SELECT number FROM case_record WHERE description LIKE '巡查发现楼前井盖松动%' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();

        // The patrol hears of the case after it commits.
        for (int i = 0; i < 40 && !page.getByTestId("finding").allTextContents().contains(number); i++) {
            page.navigate(patrolUrl);
            page.waitForTimeout(250);
        }
        assertThat(page.getByTestId("finding")).hasText(number);
        assertThat(page.getByTestId("ticked-" + other.code())).isVisible();
        page.onceDialog(d -> d.accept());
        page.getByTestId("end-patrol").click();
        assertThat(page.getByTestId("patrol-ended")).isVisible();
        assertThat(page.getByTestId("patrol-result")).isVisible();
        Browser.screenshot(page, "142-patrol-ended");
        context.close();

        Page street = Browser.signIn(base(), "street", false);
        street.navigate("/coverage");
        assertThat(street.getByTestId("coverage-row").first()).isVisible();
        assertThat(street.locator("#coverage-chart canvas")).hasCount(1);
        assertThat(street.getByTestId("coverage-row").first()).hasAttribute("data-below", "true");
        Browser.screenshot(street, "143-coverage-street");
        street.navigate("/coverage/grids/" + grid.id());
        assertThat(street.getByTestId("calendar")).isVisible();
        assertThat(street.getByTestId("day-" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getDayOfMonth()))
                .not().hasAttribute("data-patrols", "0");
        Browser.screenshot(street, "144-coverage-grid-calendar");
        street.context().close();
    }

    @Test
    void aWorkerWhoRefusesThePositionPatrolsByHand() {
        String worker = jdbc.sql("""
                        SELECT username FROM account WHERE role = 'GRID_WORKER' AND username LIKE 'g150104001004%'
                         ORDER BY username LIMIT 1""").query(String.class).single();
        Page page = Browser.signIn(base(), worker, true);
        page.navigate("/patrols");
        page.getByTestId("start-patrol").click();
        assertThat(page.getByTestId("geo-note")).isVisible();
        page.locator("[data-testid^=tick-]").first().click();
        assertThat(page.locator("[data-testid^=ticked-]")).hasCount(1);
        Browser.screenshot(page, "145-patrol-without-position");
        page.onceDialog(d -> d.accept());
        page.getByTestId("end-patrol").click();
        assertThat(page.getByTestId("patrol-ended")).isVisible();
        page.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
