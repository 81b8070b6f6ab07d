package org.linli.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.CaseworkFixtures.BuildingPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports located by a point (issue #13): on the public report page and the staff intake, a point
 * without a place is placed in the grid whose boundary holds it, at the nearest building; the
 * forms' map asks where a point falls before submitting, within the public region or the user's
 * scope; a point outside is refused on the position with what was typed kept; and the point a
 * case was reported at never changes.
 */
@LinliTest
class ReportAtLocationTest {

    private static final String OUTSIDE_AREA = "该位置不在本辖区已划定的网格内";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    Locator locator;

    CaseworkFixtures cases;
    BuildingPoint inGrid;

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
        inGrid = CaseworkFixtures.buildingUnder(divisions, locator, CaseworkFixtures.GRID);
    }

    @Test
    void aResidentsReportByAPointAloneIsPlacedInItsGridAtTheNearestBuilding() throws Exception {
        // About 11 m north of the building: a phone's fix, not the building's own point.
        LatLon near = new LatLon(inGrid.point().lat() + 0.0001, inGrid.point().lon());
        String location = mvc.perform(post("/report").with(csrf()).param("category", "SANITATION")
                        .param("description", "楼前垃圾桶满溢，气味很大").param("reporterPhone", "13812347001")
                        .param("latitude", String.valueOf(near.lat())).param("longitude", String.valueOf(near.lon())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/track/".length(), location.indexOf("?"));
        Map<String, Object> stored = jdbc.sql("SELECT division_path, latitude, longitude FROM case_record WHERE tracking_code = :c")
                .param("c", code).query().singleRow();

        assertThat(stored.get("division_path")).isEqualTo(inGrid.building().path());
        assertThat(inGrid.building().path()).contains("/" + CaseworkFixtures.GRID + "/");
        assertThat((BigDecimal) stored.get("latitude")).isEqualByComparingTo(BigDecimal.valueOf(near.lat()).setScale(6, java.math.RoundingMode.HALF_UP));
        assertThat((BigDecimal) stored.get("longitude")).isEqualByComparingTo(BigDecimal.valueOf(near.lon()).setScale(6, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void theReportPagesMapSaysWhereAPointFallsWithinThePublicRegionAndDrawsItsBoundaries() throws Exception {
        mvc.perform(get("/report/locate").param("lat", String.valueOf(inGrid.point().lat()))
                        .param("lon", String.valueOf(inGrid.point().lon())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areaCode").value(CaseworkFixtures.GRID))
                .andExpect(jsonPath("$.areaLevel").value("GRID"))
                .andExpect(jsonPath("$.areaLabel").value(org.hamcrest.Matchers.endsWith("第1网格")))
                .andExpect(jsonPath("$.buildingCode").value(inGrid.building().code()))
                .andExpect(jsonPath("$.metres").value(0));
        mvc.perform(get("/report/locate").param("lat", "40.85").param("lon", "111.70"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("latitude"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith(OUTSIDE_AREA)));
        mvc.perform(get("/report/locate").param("lat", "north").param("lon", "111.70"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("latitude"));

        String shapes = mvc.perform(get("/report/shapes")).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andReturn().getResponse().getContentAsString();
        assertThat(shapes).contains("\"code\":\"150104001\"", "\"code\":\"" + CaseworkFixtures.COMMITTEE + "\"",
                "\"code\":\"" + CaseworkFixtures.GRID + "\"", "\"level\":\"GRID\"", "\"type\":\"Polygon\"");
        // Boundaries only: no building points, nothing about people.
        assertThat(shapes).doesNotContain("\"BUILDING\"").doesNotContain(inGrid.building().code());

        String page = mvc.perform(get("/report")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"use-my-location\"").contains("data-locate-url=\"/report/locate\"")
                .contains("type=\"hidden\" id=\"latitude\" name=\"latitude\"").contains("/js/pick-location.js");
    }

    @Test
    void aPointOutsideThePublicRegionIsRefusedOnThePositionKeepingWhatWasTyped() throws Exception {
        String page = mvc.perform(multipart("/report").with(csrf()).param("category", "SANITATION")
                        .param("description", "北边公园门口路灯不亮").param("reporterPhone", "13812347002").param("address", "公园北门")
                        .param("latitude", "40.850000").param("longitude", "111.700000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(OUTSIDE_AREA).contains("data-testid=\"error-latitude\"")
                .contains("北边公园门口路灯不亮").contains("13812347002").contains("公园北门")
                .contains("value=\"40.850000\"").contains("value=\"111.700000\"");
        assertThat(jdbc.sql("SELECT count(*) FROM case_record WHERE description = '北边公园门口路灯不亮'").query(Long.class).single())
                .isZero();
    }

    @Test
    void staffEnterACaseByAPointAndTheCasePageShowsItWithThePlaceItWasPlacedIn() throws Exception {
        String url = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE")
                        .param("category", "SANITATION").param("placeCode", "").param("description", "来电：楼门口污水外溢")
                        .param("latitude", String.valueOf(inGrid.point().lat())).param("longitude", String.valueOf(inGrid.point().lon())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT division_path FROM case_record WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo(inGrid.building().path());

        String page = cases.page("worker", url);
        assertThat(page).contains("data-testid=\"case-point\"").contains("data-grid=\"" + CaseworkFixtures.GRID + "\"")
                .contains("data-place=\"" + inGrid.building().code() + "\"").contains("data-testid=\"case-map\"")
                .contains("第1网格 / ").contains(inGrid.building().name());
        // The map draws the grid's boundary around the point.
        assertThat(page).contains("&quot;code&quot;:&quot;" + CaseworkFixtures.GRID + "&quot;");

        mvc.perform(get("/cases/new/locate").with(as("grid")).param("lat", String.valueOf(inGrid.point().lat()))
                        .param("lon", String.valueOf(inGrid.point().lon())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.areaCode").value(CaseworkFixtures.GRID));
        String gridShapes = mvc.perform(get("/cases/new/shapes").with(as("grid"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(gridShapes).contains("\"code\":\"" + CaseworkFixtures.GRID + "\"")
                .doesNotContain("\"code\":\"" + CaseworkFixtures.COMMITTEE + "002\"").doesNotContain("\"code\":\"150104001\"");
    }

    @Test
    void aStreetWorkersPointInAnotherStreetIsRefused() throws Exception {
        BuildingPoint elsewhere = CaseworkFixtures.buildingUnder(divisions, locator, "150104002");
        String refused = mvc.perform(post("/cases/new").with(as("street")).with(csrf()).param("channel", "PHONE")
                        .param("category", "SANITATION").param("description", "别的街道的井盖丢失")
                        .param("latitude", String.valueOf(elsewhere.point().lat()))
                        .param("longitude", String.valueOf(elsewhere.point().lon())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains(OUTSIDE_AREA).contains("别的街道的井盖丢失");
        assertThat(jdbc.sql("SELECT count(*) FROM case_record WHERE description = '别的街道的井盖丢失'").query(Long.class).single()).isZero();

        mvc.perform(get("/cases/new/locate").with(as("street")).param("lat", String.valueOf(elsewhere.point().lat()))
                        .param("lon", String.valueOf(elsewhere.point().lon())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("latitude"));
        // The district sees the same point in its own area.
        mvc.perform(get("/cases/new/locate").with(as("admin")).param("lat", String.valueOf(elsewhere.point().lat()))
                        .param("lon", String.valueOf(elsewhere.point().lon())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.buildingCode").value(elsewhere.building().code()));
    }

    @Test
    void thePointACaseWasReportedAtIsNeverChangedByLaterSteps() throws Exception {
        String url = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE")
                        .param("category", "SANITATION").param("description", "来电：楼道灯不亮")
                        .param("latitude", String.valueOf(inGrid.point().lat())).param("longitude", String.valueOf(inGrid.point().lon())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        Map<String, Object> reported = point(id);

        cases.move("worker", id, "ACCEPTED", "");
        cases.dispatch("worker", id, CaseworkFixtures.GRID, "grid");
        cases.take("grid", id);
        mvc.perform(multipart("/cases/{id}/move", id).file(new MockMultipartFile("photos", "done.png", "image/png", CaseworkFixtures.PNG))
                        .param("to", "VERIFYING").param("note", "已更换灯泡").with(as("grid")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        cases.move("worker", id, "CLOSED", "核查通过");

        assertThat(cases.statusOf(id)).isEqualTo("CLOSED");
        assertThat(point(id)).isEqualTo(reported);
        assertThat(reported.get("latitude")).isNotNull();
    }

    private Map<String, Object> point(long id) {
        return jdbc.sql("SELECT latitude, longitude, division_path FROM case_record WHERE id = :id").param("id", id).query().singleRow();
    }
}
