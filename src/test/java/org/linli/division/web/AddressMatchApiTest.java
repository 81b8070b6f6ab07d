package org.linli.division.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.DivisionFixtures;
import org.linli.testing.DivisionFixtures.Estate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #13, item 3: {@code /api/addresses/match} on the demo district, within the user's scope:
 * the best place with its score, the candidates, and no choice when two places fit as well.
 */
@LinliTest
class AddressMatchApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void anEstatesBuildingAsTypedIsTheBestPlaceWithItsScore() throws Exception {
        Estate estate = DivisionFixtures.distinct(jdbc, DivisionFixtures.COMMITTEE_PATH);
        JsonNode m = match("worker", "玉泉区 " + estate.name() + " 三号楼");
        assertThat(m.get("place").get("code").asString()).isEqualTo(estate.buildingThree());
        assertThat(m.get("place").get("level").asString()).isEqualTo("BUILDING");
        assertThat(m.get("place").get("label").asString()).endsWith(estate.name() + " / 3号楼");
        assertThat(m.get("score").asDouble()).isEqualTo(1.0);
        assertThat(m.get("ambiguous").asBoolean()).isFalse();
        assertThat(m.get("candidates").get(0).get("code").asString()).isEqualTo(estate.buildingThree());
        assertThat(m.get("normalised").asString()).isEqualTo("玉泉区" + estate.name() + "3号楼");

        JsonNode byAddress = match("worker", estate.address());
        assertThat(byAddress.get("place").get("code").asString()).isEqualTo(estate.code());
    }

    @Test
    void twoEstatesOfOneNameAreNotGuessed() throws Exception {
        List<Estate> two = DivisionFixtures.twoOfOneName(jdbc, DivisionFixtures.STREET_PATH);
        JsonNode m = match("street", two.getFirst().name());
        assertThat(m.get("ambiguous").asBoolean()).isTrue();
        assertThat(m.get("place").isNull()).isTrue();
        assertThat(codes(m)).contains(two.get(0).code(), two.get(1).code());
    }

    @Test
    void placesOutsideTheUsersScopeAreNeverCandidates() throws Exception {
        Estate outside = DivisionFixtures.outside(jdbc, DivisionFixtures.STREET_PATH);
        JsonNode m = match("street", outside.address());
        assertThat(m.get("place").isNull()).isTrue();
        assertThat(codes(m)).doesNotContain(outside.code());
        assertThat(match("admin", outside.address()).get("place").get("code").asString())
                .isEqualTo(outside.code());
        JsonNode nothing = match("worker", "不存在的地方");
        assertThat(nothing.get("candidates")).isEmpty();
        assertThat(nothing.get("score").asDouble()).isZero();
        mvc.perform(get("/api/addresses/match").param("q", "泰和家园")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/addresses/match").param("q", "泰和家园").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/addresses/match").param("q", "%_\\<script>".repeat(80)).with(as("worker"))).andExpect(status().isOk());
    }

    private JsonNode match(String who, String q) throws Exception {
        return json.readTree(mvc.perform(get("/api/addresses/match").param("q", q).with(as(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
    }

    private static List<String> codes(JsonNode m) {
        List<String> codes = new ArrayList<>();
        m.get("candidates").forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }
}
