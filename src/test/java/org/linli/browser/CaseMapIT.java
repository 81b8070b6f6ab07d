package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Shapes;
import org.linli.shared.DataScope;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.TestClock;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case map (issue #13): the community worker, on a desktop, sees the committee's cases as
 * markers over its grids' boundaries, the overdue one red, filters by status and opens a case
 * from its marker; the grid worker, on a phone, sees the grid's map with its grid workers.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class CaseMapIT {

    @LocalServerPort
    int port;

    @Autowired
    Divisions divisions;

    @Autowired
    Shapes shapes;

    @Autowired
    TestClock clock;

    @Test
    void theCommitteeSeesItsCasesOnTheMapFiltersThemAndTheGridWorkerSeesTheGridsMapOnAPhone() {
        String word = "地图" + Long.toString(System.nanoTime(), 36);
        Page worker = Browser.signIn(base(), "worker", false);
        worker.navigate("/cases");
        String csrf = worker.locator("meta[name=_csrf]").getAttribute("content");
        // Six cases on a lattice well inside the committee, so that each is its own marker; one more without a point, in 第1网格.
        Division committee = divisions.findByCode(CaseworkFixtures.COMMITTEE).orElseThrow();
        // The committee's box: its grids lie within it.
        Envelope box = shapes.extent(committee, new DataScope(committee.path())).orElseThrow();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double lon = box.getMinX() + box.getWidth() * (0.25 + 0.25 * (i % 3));
            double lat = box.getMinY() + box.getHeight() * (0.3 + 0.4 * (i / 3));
            ids.add(open(worker, csrf, i == 0 ? "SAFETY" : "SANITATION", CaseworkFixtures.COMMITTEE, word + " 第" + (i + 1) + "件", lat, lon));
        }
        ids.add(open(worker, csrf, "SANITATION", CaseworkFixtures.GRID, word + " 未填坐标", null, null));
        for (long id : ids.subList(1, 3)) {
            APIResponse moved = worker.request().post("/cases/" + id + "/move",
                    RequestOptions.create().setForm(FormData.create().set("to", "ACCEPTED").set("note", "").set("_csrf", csrf)));
            assertThat(moved.ok()).isTrue();
        }
        clock.advance(Duration.ofMinutes(90)); // the safety case's hour to accept has passed, the others' two hours not yet

        worker.navigate("/cases");
        worker.getByTestId("case-search").fill(word);
        worker.getByTestId("case-filter").click();
        // The queue's map link carries the queue's filters.
        worker.getByTestId("map-link").click();
        assertThat(worker.getByTestId("map-search")).hasValue(word);
        assertThat(worker.getByTestId("map-count")).hasAttribute("data-loaded", "true");
        assertThat(worker.getByTestId("map-count")).hasAttribute("data-count", "7");
        assertThat(worker.getByTestId("map-count")).hasAttribute("data-mode", "cases");
        assertThat(worker.locator(".leaflet-marker-icon").first()).isVisible();
        assertThat(worker.locator("path.leaflet-interactive, svg path, canvas").first()).isAttached();
        assertThat(worker.getByTestId("map-legend").locator("[data-legend=overdue]")).isVisible();
        Browser.screenshot(worker, "70-case-map-committee");

        // By status, as on the queue: the two accepted ones.
        worker.getByTestId("map-status").selectOption("ACCEPTED");
        worker.getByTestId("map-filter").click();
        assertThat(worker.getByTestId("map-count")).hasAttribute("data-loaded", "true");
        assertThat(worker.getByTestId("map-count")).hasAttribute("data-count", "2");
        assertThat(worker.locator(".case-map-dot")).hasCount(2);
        worker.locator(".case-map-dot").first().click();
        assertThat(worker.getByTestId("map-popup")).isVisible();
        assertThat(worker.getByTestId("map-popup")).containsText(word);
        worker.waitForTimeout(400); // the popup fades in
        Browser.screenshot(worker, "71-case-map-popup");
        worker.getByTestId("map-popup-link").click();
        assertThat(worker.getByTestId("case-status")).hasAttribute("data-status", "ACCEPTED");

        // The grid worker on a phone: the grid's map, its grid workers, the case placed in the grid.
        Page grid = Browser.signIn(base(), "grid", true);
        grid.navigate("/cases/map?q=" + word);
        assertThat(grid.getByTestId("map-title")).hasAttribute("data-level", "GRID");
        assertThat(grid.getByTestId("grid-workers")).containsText("刘强");
        assertThat(grid.getByTestId("map-count")).hasAttribute("data-loaded", "true");
        assertThat(grid.getByTestId("map-count")).hasAttribute("data-count", "1");
        Browser.screenshot(grid, "72-case-map-grid-phone");
    }

    /** A case through the intake, as the new-case form posts it; returns its id. */
    private static long open(Page page, String csrf, String category, String place, String title, Double lat, Double lon) {
        FormData form = FormData.create().set("channel", "PHONE").set("category", category).set("placeCode", place).set("title", title)
                .set("description", "来电反映：" + title).set("_csrf", csrf);
        if (lat != null) {
            form.set("latitude", String.format("%.6f", lat)).set("longitude", String.format("%.6f", lon));
        }
        APIResponse r = page.request().post("/cases/new", RequestOptions.create().setForm(form));
        assertThat(r.ok()).as(r.text()).isTrue();
        return Long.parseLong(r.url().substring(r.url().lastIndexOf('/') + 1));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
