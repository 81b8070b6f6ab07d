package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.division.Coordinates;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.geo.ShapeStore;
import org.linli.testing.DivisionFixtures;
import org.linli.testing.RegistryFixtures;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A community worker opens their committee's map: its boundary and its grids draw with their
 * names; they correct a grid's boundary (the geometry posted through the page's field) and save it,
 * and a boundary overlapping the neighbours is refused in place with the drawing kept. The page's
 * script converts WGS-84 → GCJ-02 to the same numbers as the server's {@link Coordinates}.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class BoundaryMapIT {

    private static final String COMMITTEE = "150104001002";
    private static final String GRID = COMMITTEE + "001";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ShapeStore shapes;

    @Test
    void aWorkerSeesTheCommitteesMapAndCorrectsAGridsBoundary() {
        long committee = RegistryFixtures.divisionId(jdbc, COMMITTEE);
        long grid = RegistryFixtures.divisionId(jdbc, GRID);
        int grids = jdbc.sql("SELECT count(*) FROM division_shape s JOIN division d ON d.id = s.division_id WHERE d.parent_id = :id")
                .param("id", committee).query(Integer.class).single();
        Geometry original = shapes.shape(grid).orElseThrow();
        Page page = Browser.signIn("http://localhost:" + port, "worker", false);
        try {
            page.navigate("/divisions/" + committee);
            page.getByTestId("division-map-link").click();

            assertThat(page.getByTestId("division-map")).hasAttribute("data-drawn", String.valueOf(grids + 1));
            assertThat(page.locator("#division-map .leaflet-tooltip")).hasCount(grids);
            assertThat(page.locator("#division-map canvas, #division-map svg path").first()).isVisible();
            Browser.screenshot(page, "60-division-map");

            // Choosing the grid puts its boundary into the editor.
            page.getByTestId("shape-target").selectOption(String.valueOf(grid));
            assertThat(page.getByTestId("division-map")).hasAttribute("data-editing", "1");

            // Drawing a rectangle with Leaflet.draw writes a WGS-84 polygon into the form's field.
            page.locator(".leaflet-draw-draw-rectangle").click();
            BoundingBox box = page.getByTestId("division-map").boundingBox();
            page.mouse().move(box.x + box.width * 0.45, box.y + box.height * 0.45);
            page.mouse().down();
            page.mouse().move(box.x + box.width * 0.5, box.y + box.height * 0.5, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().up();
            assertThat(page.getByTestId("shape-geometry")).hasValue(java.util.regex.Pattern.compile("\\{\"type\":\"Polygon\",\"coordinates\":\\[\\[\\[111\\.\\d+,40\\.\\d+\\]"));

            // The corrected boundary: the top edge 2 % lower (its estates stay inside).
            Envelope e = original.getEnvelopeInternal();
            double top = e.getMaxY() - e.getHeight() * 0.02;
            page.getByTestId("shape-geometry").fill(DivisionFixtures.boxGeometry(e.getMinX(), e.getMinY(), e.getMaxX(), top));
            page.getByTestId("shape-save").click();

            assertThat(page.getByTestId("saved")).isVisible();
            assertThat(page.getByTestId("division-map")).hasAttribute("data-drawn", String.valueOf(grids + 1));
            assertThat(shapes.shape(grid).orElseThrow().getEnvelopeInternal().getMaxY()).isCloseTo(top, within(1e-6));
            Browser.screenshot(page, "61-division-map-saved");

            // The committee's whole boundary for one grid overlaps its siblings: refused in place, the drawing kept.
            Envelope all = shapes.shape(committee).orElseThrow().getEnvelopeInternal();
            String tooBig = DivisionFixtures.boxGeometry(all.getMinX(), all.getMinY(), all.getMaxX(), all.getMaxY());
            page.getByTestId("shape-target").selectOption(String.valueOf(grid));
            page.getByTestId("shape-geometry").fill(tooBig);
            page.getByTestId("shape-save").click();

            assertThat(page.getByTestId("shape-error")).isVisible();
            assertThat(page.getByTestId("shape-geometry")).hasValue(tooBig);
            assertThat(page.getByTestId("division-map")).hasAttribute("data-editing", "1");
            assertThat(page.getByTestId("shape-target")).hasValue(String.valueOf(grid));
            Browser.screenshot(page, "62-division-map-refused");
            assertThat(shapes.shape(grid).orElseThrow().getEnvelopeInternal().getMaxY()).isCloseTo(top, within(1e-6));
        } finally {
            page.context().close();
            var division = jdbc.sql("SELECT path FROM division WHERE id = :id").param("id", grid).query(String.class).single();
            shapes.saveAll(List.of(new ShapeStore.NewShape(grid, division, Level.GRID, original)), "system", OffsetDateTime.now());
        }
    }

    /** The published pairs of CoordinatesTest, converted by the page's linli-map.js and by Java. */
    @Test
    void thePagesScriptConvertsCoordinatesAsJavaDoes() {
        Page page = Browser.signIn("http://localhost:" + port, "worker", false);
        try {
            page.navigate("/divisions/" + RegistryFixtures.divisionId(jdbc, COMMITTEE) + "/map");
            for (double[] pair : List.of(
                    new double[] {31.1774276, 121.5272106}, new double[] {22.543847, 113.912316},
                    new double[] {39.911954, 116.377817}, new double[] {40.74, 111.67}, new double[] {48.8566, 2.3522})) {
                @SuppressWarnings("unchecked")
                List<Number> js = (List<Number>) page.evaluate("p => Linli.toGcj(p[0], p[1])", List.of(pair[0], pair[1]));
                LatLon java = Coordinates.toGcj(new LatLon(pair[0], pair[1]));
                assertThat(js.get(0).doubleValue()).isCloseTo(java.lat(), within(1e-12));
                assertThat(js.get(1).doubleValue()).isCloseTo(java.lon(), within(1e-12));
                @SuppressWarnings("unchecked")
                List<Number> back = (List<Number>) page.evaluate("p => Linli.fromGcj(p[0], p[1])", List.of(java.lat(), java.lon()));
                LatLon javaBack = Coordinates.fromGcj(java);
                assertThat(back.get(0).doubleValue()).isCloseTo(javaBack.lat(), within(1e-9));
                assertThat(back.get(1).doubleValue()).isCloseTo(javaBack.lon(), within(1e-9));
            }
        } finally {
            page.context().close();
        }
    }
}
