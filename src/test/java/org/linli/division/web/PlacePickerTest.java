package org.linli.division.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #12, item 4: places by name. The picker's search stays in the user's scope and names each
 * place along its path; forms take a name that names one place in scope, and refuse an ambiguous
 * one with the choices.
 */
@LinliTest
class PlacePickerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** An estate of the demo worker's committee, with its name, street's and committee's names. */
    record Estate(String code, String name, String street, String committee) {
    }

    private Estate workersEstate() {
        return jdbc.sql("""
                        SELECT e.code, e.name, s.name AS street, c.name AS committee
                          FROM division e
                          JOIN account a ON a.username = 'worker' AND e.path LIKE a.division_path || '%'
                          JOIN division c ON c.id = a.division_id
                          JOIN division s ON s.id = c.parent_id
                         WHERE e.level = 'ESTATE' AND e.child_count > 0
                           AND (SELECT count(*) FROM division o WHERE o.name = e.name AND o.level = 'ESTATE'
                                AND o.path LIKE a.division_path || '%') = 1
                         ORDER BY e.code LIMIT 1""")
                .query(Estate.class).single();
    }

    @Test
    void searchingByPartOfAnEstatesNameFindsItAndItsBuildingsWithTheirNamesAlongThePath() throws Exception {
        Estate estate = workersEstate();
        String part = estate.name().substring(0, 2);
        String json = mvc.perform(get("/api/places").param("q", part).param("levels", "ESTATE,BUILDING").with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"code\":\"" + estate.code() + "\"")
                .contains("\"label\":\"" + estate.street() + " / " + estate.committee() + " / " + estate.name() + "\"")
                .contains("\"label\":\"" + estate.street() + " / " + estate.committee() + " / " + estate.name() + " / 1号楼\"")
                .contains("\"code\":\"" + estate.code() + "001\"");
        // Another committee's grid worker does not find it.
        String other = jdbc.sql("""
                        SELECT username FROM account WHERE role = 'GRID_WORKER'
                           AND division_path NOT LIKE (SELECT division_path FROM account WHERE username = 'worker') || '%'
                         ORDER BY username LIMIT 1""").query(String.class).single();
        String outside = mvc.perform(get("/api/places").param("q", estate.name()).with(as(other)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outside).doesNotContain(estate.code());
        // Hostile input is an empty answer, not an error; an overlong one is refused before the search.
        mvc.perform(get("/api/places").param("q", "%_\\<script>".repeat(80)).param("levels", "NOPE").with(as("worker")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/places").param("q", "泰".repeat(5_000)).with(as("worker"))).andExpect(status().isBadRequest());
    }

    @Test
    void aCaseTakesItsPlaceByNameAndAnAmbiguousNameIsRefusedWithTheChoices() throws Exception {
        Estate estate = workersEstate();
        mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE").param("category", "FACILITIES")
                        .param("placeCode", estate.name()).param("title", "按名称登记").param("description", "按小区名称登记的诉求"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT d.code FROM case_record r JOIN division d ON d.id = r.division_id WHERE r.title = '按名称登记'")
                .query(String.class).single()).isEqualTo(estate.code());

        String page = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE")
                        .param("category", "FACILITIES").param("placeCode", "1号楼").param("title", "楼栋不明")
                        .param("description", "不知是哪个小区的 1 号楼"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("“1号楼”有多处，请从列表中选择").contains(estate.name() + " / 1号楼").contains("data-testid=\"error-placeCode\"");

        mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE").param("category", "FACILITIES")
                        .param("placeCode", estate.name() + " 1号楼").param("title", "小区加楼栋").param("description", "小区名加楼号"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT d.code FROM case_record r JOIN division d ON d.id = r.division_id WHERE r.title = '小区加楼栋'")
                .query(String.class).single()).isEqualTo(estate.code() + "001");
    }

    @Test
    void aNewAccountsDivisionIsChosenByNameAndTheListShowsNamesNotPaths() throws Exception {
        Estate estate = workersEstate();
        mvc.perform(post("/accounts").with(as("street")).with(csrf())
                        .param("username", "byname").param("displayName", "郑名").param("role", "COMMUNITY_WORKER")
                        .param("divisionCode", estate.committee()).param("password", "start-123x").param("enabled", "true"))
                .andExpect(redirectedUrl("/accounts"));
        String list = mvc.perform(get("/accounts").param("q", "byname").with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(estate.street() + " / " + estate.committee()).doesNotContain("/15/1501/");
    }
}
