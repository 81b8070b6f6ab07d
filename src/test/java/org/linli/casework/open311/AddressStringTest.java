package org.linli.casework.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.testing.DivisionFixtures;
import org.linli.testing.DivisionFixtures.Estate;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #13, item 3: Open311's {@code address_string} read as an address against the standard
 * addresses of the key's street — road and number with the city and district before them, an
 * estate's name with its building written as people write it — and a name that two estates share
 * refused with both, never guessed.
 */
@LinliTest
class AddressStringTest {

    private static final String STREET = "150104001";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiKeys keys;

    @Autowired
    Divisions divisions;

    String key;

    @BeforeEach
    void aKeyForTheStreet() {
        TestUser admin = TestUser.of(0, "admin", "王建国", Role.DISTRICT_ADMIN, divisions.findByCode("150104").orElseThrow());
        key = keys.create(new ApiKeyForm("地址测试-" + UUID.randomUUID().toString().substring(0, 8), STREET), admin);
    }

    @Test
    void aRoadAndNumberAfterTheCityAndDistrictPlaceTheCaseAtTheEstate() throws Exception {
        Estate estate = DivisionFixtures.distinct(jdbc, DivisionFixtures.STREET_PATH);
        JsonNode created = submit("呼和浩特市玉泉区 " + estate.address(), 200);
        assertThat(DivisionFixtures.placeOfCase(jdbc, created.get(0).get("service_request_id").asString()))
                .isEqualTo(estate.code());
    }

    @Test
    void anEstatesNameWithItsBuildingAsPeopleWriteItPlacesTheCaseAtTheBuilding() throws Exception {
        Estate estate = DivisionFixtures.distinct(jdbc, DivisionFixtures.STREET_PATH);
        for (String building : List.of("三栋", "３号楼", "3幢2单元")) {
            JsonNode created = submit(estate.name() + building, 200);
            assertThat(DivisionFixtures.placeOfCase(jdbc, created.get(0).get("service_request_id").asString()))
                    .as(building).isEqualTo(estate.buildingThree());
        }
    }

    @Test
    void aNameTwoEstatesShareIsRefusedWithBoth() throws Exception {
        List<Estate> two = DivisionFixtures.twoOfOneName(jdbc, DivisionFixtures.STREET_PATH);
        assertThat(two).hasSize(2);
        String description = submit(two.getFirst().name(), 400).get(0).get("description").asString();
        assertThat(description).contains("可指多处").contains("be more specific")
                .contains(two.get(0).code()).contains(two.get(1).code());
    }

    @Test
    void anAddressOutsideTheKeysStreetIsNotFound() throws Exception {
        Estate outside = DivisionFixtures.outside(jdbc, DivisionFixtures.STREET_PATH);
        String description = submit(outside.address(), 400).get(0).get("description").asString();
        assertThat(description).contains("找不到").contains("use address_id").doesNotContain(outside.code());
    }

    @Test
    void committeesAndGridsAreStillNamed() throws Exception {
        JsonNode committee = submit("玉泉区五塔北街社区", 200);
        assertThat(DivisionFixtures.placeOfCase(jdbc, committee.get(0).get("service_request_id").asString()))
                .isEqualTo("150104001002");
        JsonNode grid = submit("五塔北街社区第一网格", 200);
        assertThat(DivisionFixtures.placeOfCase(jdbc, grid.get(0).get("service_request_id").asString()))
                .isEqualTo("150104001002001");
    }

    private JsonNode submit(String address, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/open311/v2/requests.json").param("api_key", key)
                .param("service_code", "SANITATION").param("description", "地址测试：楼下垃圾无人清理")
                .param("address_string", address)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        return json.readTree(response.getContentAsByteArray());
    }
}
