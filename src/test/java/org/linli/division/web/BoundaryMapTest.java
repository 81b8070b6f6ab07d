package org.linli.division.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.DivisionFixtures;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The map page, its shapes API and its editor within the user's scope (404 across it), and the
 * boundary import page, on the demo district's generated map.
 */
@LinliTest
class BoundaryMapTest {

    private static final String OWN = "150104001002";
    private static final String OTHER = "150104001004";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theShapesApiAnswersADivisionAndItsChildrenWithinTheScope() throws Exception {
        long committee = RegistryFixtures.divisionId(jdbc, OWN);
        int grids = jdbc.sql("SELECT count(*) FROM division WHERE parent_id = :id").param("id", committee).query(Integer.class).single();
        mvc.perform(get("/api/divisions/{id}/shapes", committee).with(as("worker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(grids + 1))
                .andExpect(jsonPath("$.features[0].properties.self").value(true))
                .andExpect(jsonPath("$.features[0].properties.code").value(OWN))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.features[1].properties.level").value("GRID"));

        long other = RegistryFixtures.divisionId(jdbc, OTHER);
        mvc.perform(get("/api/divisions/{id}/shapes", other).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/divisions/{id}/shapes", other).with(as("grid"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/divisions/{id}/shapes", other).with(as("street"))).andExpect(status().isOk());
    }

    @Test
    void theMapPageIsLinkedFromTheDivisionAndNotFoundAcrossTheScope() throws Exception {
        long committee = RegistryFixtures.divisionId(jdbc, OWN);
        String node = mvc.perform(get("/divisions/{id}", committee).with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(node).contains("/divisions/" + committee + "/map");
        String map = mvc.perform(get("/divisions/{id}/map", committee).with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(map).contains("data-testid=\"division-map\"", "data-testid=\"shape-form\"", "leaflet.draw.js");
        // The tile source reaches the script as data (the Content-Security-Policy runs no inline script): none by default.
        assertThat(map).contains("id=\"linli-map-config\"", "data-source=\"NONE\"", "data-gcj02=\"false\"")
                .doesNotContain("LINLI_MAP");
        // Department staff see the map but may not draw.
        assertThat(mvc.perform(get("/divisions/{id}/map", committee).with(as("dept"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("shape-form");

        mvc.perform(get("/divisions/{id}/map", RegistryFixtures.divisionId(jdbc, OTHER)).with(as("worker")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDrawingIsSavedOnlyForTheDivisionOrAChildWithinTheScopeByThoseWhoEditPlaces() throws Exception {
        long committee = RegistryFixtures.divisionId(jdbc, OWN);
        long grid = RegistryFixtures.divisionId(jdbc, OWN + "001");
        String same = geometryOf(grid);

        long otherGrid = RegistryFixtures.divisionId(jdbc, OTHER + "001");
        mvc.perform(post("/divisions/{id}/map", committee).with(as("worker")).with(csrf())
                .param("target", String.valueOf(otherGrid)).param("geometry", same)).andExpect(status().isNotFound());
        long estate = RegistryFixtures.divisionId(jdbc, OWN + "001001");
        mvc.perform(post("/divisions/{id}/map", committee).with(as("worker")).with(csrf())
                .param("target", String.valueOf(estate)).param("geometry", same)).andExpect(status().isNotFound());
        mvc.perform(post("/divisions/{id}/map", committee).with(as("dept")).with(csrf())
                .param("target", String.valueOf(grid)).param("geometry", same)).andExpect(status().isNotFound());

        // The grid's own boundary again: valid, inside the committee, touching its neighbours only.
        mvc.perform(post("/divisions/{id}/map", committee).with(as("worker")).with(csrf())
                        .param("target", String.valueOf(grid)).param("geometry", same))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/divisions/" + committee + "/map?target=" + grid));
    }

    @Test
    void aRefusedDrawingComesBackWithTheReasonInChineseAndTheDrawing() throws Exception {
        long committee = RegistryFixtures.divisionId(jdbc, OWN);
        long grid = RegistryFixtures.divisionId(jdbc, OWN + "001");
        String before = geometryOf(grid);
        // The committee's whole boundary for one grid: it covers its siblings.
        String tooBig = geometryOf(committee);

        String page = mvc.perform(post("/divisions/{id}/map", committee).with(as("worker")).with(csrf())
                        .param("target", String.valueOf(grid)).param("geometry", tooBig))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-testid=\"shape-error\"", "未保存", "重叠");
        assertThat(page).contains(tooBig.replace("\"", "&quot;"));
        assertThat(geometryOf(grid)).isEqualTo(before);
    }

    @Test
    void theImportPageListsEveryProblemByLineAndStoresNothing() throws Exception {
        String file = DivisionFixtures.collection(List.of(
                DivisionFixtures.box(OWN + "001", 111.60, 40.69, 111.95, 40.99),
                DivisionFixtures.box("150104001002999", 111.60, 40.69, 111.61, 40.70)));
        long version = jdbc.sql("SELECT version FROM division_shape_version").query(Long.class).single();

        String page = mvc.perform(multipart("/divisions/import/boundaries")
                        .file(new MockMultipartFile("file", "grids.geojson", "application/geo+json",
                                file.getBytes(StandardCharsets.UTF_8)))
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-testid=\"boundary-problems\"", "data-stored=\"0\"", "超出上级", "不存在", "整个文件未保存");
        assertThat(jdbc.sql("SELECT version FROM division_shape_version").query(Long.class).single()).isEqualTo(version);

        String empty = mvc.perform(multipart("/divisions/import/boundaries").with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("请选择要导入的 GeoJSON 文件");
        mvc.perform(get("/divisions/import/boundaries").with(as("worker"))).andExpect(status().isForbidden());
    }

    /** The stored geometry of a division as the API sends it. */
    private String geometryOf(long id) throws Exception {
        String json = mvc.perform(get("/api/divisions/{id}/shapes", id).with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        int start = json.indexOf("\"geometry\":") + "\"geometry\":".length();
        int depth = 0;
        for (int i = start; i < json.length(); i++) {
            depth += json.charAt(i) == '{' ? 1 : json.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        throw new AssertionError(json);
    }
}
