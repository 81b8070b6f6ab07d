package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.CaseworkFixtures.BuildingPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reporting where one stands, on a phone (issue #13): a resident, not signed in, standing at a
 * building of 五塔北街社区's 第1网格, taps "使用我的位置"; the page says which grid and building the
 * point is in before submitting, and the case is placed there: the committee worker sees the point
 * and its grid on the case page and the case in the committee's queue. A resident who does not
 * allow the position picks the place on the map instead; a point outside the district is refused
 * on the position with what was typed kept; a grid worker enters a patrol case the same way.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class ReportAtLocationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    Locator locator;

    @Test
    void aResidentReportsAtTheirLocationAndTheCaseIsPlacedInTheRightGrid() {
        BuildingPoint at = CaseworkFixtures.buildingUnder(divisions, locator, CaseworkFixtures.GRID);
        Page resident = standingAt(at.point());
        resident.navigate("/report");
        mapReady(resident);
        resident.getByTestId("use-my-location").click();
        assertThat(resident.getByTestId("location-status")).hasAttribute("data-state", "found");
        assertThat(resident.getByTestId("location-status")).hasAttribute("data-area-code", CaseworkFixtures.GRID);
        assertThat(resident.getByTestId("location-status")).hasAttribute("data-building-code", at.building().code());
        assertThat(resident.getByTestId("latitude")).hasValue(String.format("%.6f", at.point().lat()));
        // The point places the case: choosing a committee is no longer needed.
        assertThat(resident.getByTestId("report-place")).hasValue("");
        resident.getByTestId("report-category").selectOption("SANITATION");
        resident.getByTestId("report-description").fill("楼门口垃圾桶满溢，两天没人清运。");
        resident.getByTestId("report-phone").fill("13912347101");
        Browser.screenshot(resident, "130-report-at-my-location");
        resident.getByTestId("submit-report").click();
        String number = resident.getByTestId("track-number").textContent().strip();
        resident.context().close();

        // The committee worker sees where it was reported and the grid it was placed in.
        Page worker = Browser.signIn(base(), "worker", false);
        long id = jdbc.sql("SELECT id FROM case_record WHERE number = :n").param("n", number).query(Long.class).single();
        worker.navigate("/cases/" + id);
        assertThat(worker.getByTestId("case-point")).hasAttribute("data-grid", CaseworkFixtures.GRID);
        assertThat(worker.getByTestId("case-point")).hasAttribute("data-place", at.building().code());
        assertThat(worker.getByTestId("case-map")).hasAttribute("data-map-ready", "true");
        assertThat(worker.locator("[data-testid=case-map] .leaflet-marker-icon")).hasCount(1);
        Browser.screenshot(worker, "131-case-reported-at-a-point");
        caseIsInTheCommitteesQueue(worker, number);
        caseIsOnTheCommitteeMapInItsGrid(worker, number);
        worker.context().close();
    }

    @Test
    void aResidentWhoDoesNotShareTheirPositionPicksOnTheMapAndAPointOutsideIsRefused() {
        // No permission granted: the phone's position is refused, the map still works.
        Page resident = Browser.phone(base());
        resident.navigate("/report");
        mapReady(resident);
        resident.getByTestId("use-my-location").click();
        assertThat(resident.getByTestId("location-status")).hasAttribute("data-state", "denied");
        Browser.screenshot(resident, "132-report-position-refused");
        resident.getByTestId("location-map").click();
        assertThat(resident.getByTestId("location-status")).hasAttribute("data-state", "found");
        assertThat(resident.getByTestId("latitude")).not().hasValue("");
        resident.context().close();

        // A phone north of the district: refused on the position, before and after submitting.
        Page outside = standingAt(new LatLon(40.85, 111.70));
        outside.navigate("/report");
        mapReady(outside);
        outside.getByTestId("use-my-location").click();
        assertThat(outside.getByTestId("location-status")).hasAttribute("data-state", "outside");
        assertThat(outside.getByTestId("error-latitude")).not().isEmpty();
        outside.getByTestId("report-category").selectOption("SANITATION");
        outside.getByTestId("report-description").fill("公园北门路灯不亮。");
        outside.getByTestId("report-phone").fill("13912347102");
        outside.getByTestId("submit-report").click();
        assertThat(outside.getByTestId("form-errors")).isVisible();
        assertThat(outside.getByTestId("error-latitude")).not().isEmpty();
        assertThat(outside.getByTestId("report-description")).hasValue("公园北门路灯不亮。");
        assertThat(outside.getByTestId("report-phone")).hasValue("13912347102");
        assertThat(outside.getByTestId("latitude")).hasValue("40.850000");
        assertThat(outside.getByTestId("location-status")).hasAttribute("data-state", "outside");
        Browser.screenshot(outside, "133-report-outside-refused");
        outside.context().close();
    }

    @Test
    void aGridWorkerEntersAPatrolCaseAtTheirPositionOnAPhone() {
        BuildingPoint at = CaseworkFixtures.buildingUnder(divisions, locator, CaseworkFixtures.GRID);
        Page grid = Browser.signIn(base(), "grid", true);
        grant(grid.context(), at.point());
        grid.navigate("/cases/new");
        mapReady(grid);
        grid.getByTestId("case-category").selectOption("FACILITIES");
        grid.getByTestId("case-description").fill("巡查发现楼前井盖松动。");
        grid.getByTestId("use-my-location").click();
        assertThat(grid.getByTestId("location-status")).hasAttribute("data-building-code", at.building().code());
        assertThat(grid.getByTestId("case-place-code")).hasValue("");
        Browser.screenshot(grid, "134-grid-worker-intake-at-position");
        grid.getByTestId("save-case").click();
        assertThat(grid.getByTestId("case-point")).hasAttribute("data-place", at.building().code());
        assertThat(grid.getByTestId("case-point")).hasAttribute("data-grid", CaseworkFixtures.GRID);
        grid.context().close();
    }

    /** The committee's case map, narrowed to the grid the point lies in, draws the case. */
    private void caseIsOnTheCommitteeMapInItsGrid(Page worker, String number) {
        worker.navigate("/cases/map?division=" + CaseworkFixtures.GRID + "&q=" + number);
        assertThat(worker.getByTestId("map-title")).hasAttribute("data-level", "GRID");
        assertThat(worker.getByTestId("map-count")).hasAttribute("data-loaded", "true");
        assertThat(worker.getByTestId("map-count")).hasAttribute("data-count", "1");
        Browser.screenshot(worker, "135-reported-case-on-the-committee-map");
    }

    /** The committee's queue lists the case. */
    private void caseIsInTheCommitteesQueue(Page worker, String number) {
        worker.navigate("/cases");
        assertThat(worker.locator("tr[data-case='" + number + "']")).hasCount(1);
    }

    /** A phone, not signed in, whose position is the point and which lets the page ask for it. */
    private Page standingAt(LatLon point) {
        Page page = Browser.phone(base());
        grant(page.context(), point);
        return page;
    }

    private void grant(BrowserContext context, LatLon point) {
        context.setGeolocation(new Geolocation(point.lat(), point.lon()).setAccuracy(10));
        context.grantPermissions(List.of("geolocation"), new BrowserContext.GrantPermissionsOptions().setOrigin(base()));
    }

    /** The map has drawn the boundaries it was given. */
    private static void mapReady(Page page) {
        assertThat(page.getByTestId("pick-location")).hasAttribute("data-map-ready", "true");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
