package org.linli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.RegistryFixtures.OTHER_COMMITTEE;
import static org.linli.testing.RegistryFixtures.OWN_COMMITTEE;
import static org.linli.testing.RegistryFixtures.OWN_GRID;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Browsing by building (以房管人): estate → building → entrance → room → household, within the scope. */
@LinliTest
class BuildingBrowseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A building below {@code path} with a vacant room and an occupied one in entrance 1. */
    private long buildingWithVacantRoom(String path) {
        return jdbc.sql("""
                        SELECT d.building_id FROM dwelling d
                        WHERE d.division_path LIKE :p || '%' AND d.entrance = 1
                        GROUP BY d.building_id
                        HAVING bool_or(NOT EXISTS (SELECT 1 FROM household h JOIN resident r ON r.household_id = h.id
                                                   WHERE h.dwelling_id = d.id AND h.closed_on IS NULL AND r.status = 'LIVING'))
                           AND bool_or(EXISTS (SELECT 1 FROM household h JOIN resident r ON r.household_id = h.id
                                               WHERE h.dwelling_id = d.id AND h.closed_on IS NULL AND r.status = 'LIVING'))
                        ORDER BY count(*) DESC, d.building_id LIMIT 1""")
                .param("p", path).query(Long.class).single();
    }

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aBuildingShowsItsEntrancesRoomsHouseholdsAndVacantRooms() throws Exception {
        long building = buildingWithVacantRoom(OWN_GRID);
        String node = page("/divisions/" + building, "worker");
        assertThat(node).contains("hx-get=\"/buildings/" + building + "/entrances\"").doesNotContain("暂无下级");

        long rooms = jdbc.sql("SELECT count(*) FROM dwelling WHERE building_id = :b AND entrance = 1").param("b", building)
                .query(Long.class).single();
        long people = jdbc.sql("""
                        SELECT count(*) FROM dwelling d JOIN household h ON h.dwelling_id = d.id AND h.closed_on IS NULL
                        JOIN resident r ON r.household_id = h.id AND r.status = 'LIVING'
                        WHERE d.building_id = :b AND d.entrance = 1""").param("b", building).query(Long.class).single();
        String entrances = page("/buildings/" + building + "/entrances", "worker");
        assertThat(entrances).contains("data-testid=\"entrance-1\"").contains("data-rooms=\"" + rooms + "\"")
                .contains("data-people=\"" + people + "\"");

        String entrance = page("/buildings/" + building + "/entrances/1", "worker");
        assertThat(entrance).contains("data-testid=\"floor\"").contains("data-vacant=\"true\"").contains("data-vacant=\"false\"");
        assertThat(roomsShown(entrance)).hasSize((int) rooms);
        Matcher floor = Pattern.compile("data-testid=\"floor\"[^>]*data-rooms=\"(\\d+)\"|data-rooms=\"(\\d+)\"[^>]*data-testid=\"floor\"")
                .matcher(entrance);
        int inFloors = 0;
        while (floor.find()) {
            inFloors += Integer.parseInt(floor.group(1) != null ? floor.group(1) : floor.group(2));
        }
        assertThat(inFloors).isEqualTo(rooms);
        // the title names the estate and the building, as people say it
        String estate = jdbc.sql("SELECT e.name FROM division b JOIN division e ON e.id = b.parent_id WHERE b.id = :b")
                .param("b", building).query(String.class).single();
        assertThat(entrance).contains(estate);

        // room → household → people
        Matcher household = Pattern.compile("data-household=\"(\\d+)\"").matcher(entrance);
        assertThat(household.find()).isTrue();
        String members = page("/households/" + household.group(1), "worker");
        assertThat(members).contains("data-testid=\"member\"").contains("/buildings/" + building + "/entrances/1");
        // names as in the residents list, identifiers masked
        assertThat(members).containsPattern("\\d{6}\\*{11}[0-9X]");
    }

    @Test
    void onlyBuildingsOfTheUsersScopeAndOnlyForRegistryRoles() throws Exception {
        long own = buildingWithVacantRoom(OWN_GRID);
        long other = buildingWithVacantRoom(OTHER_COMMITTEE);
        long ownCommitteeOtherGrid = jdbc.sql("""
                        SELECT building_id FROM dwelling WHERE division_path LIKE :c || '%' AND division_path NOT LIKE :g || '%'
                        ORDER BY building_id LIMIT 1""").param("c", OWN_COMMITTEE).param("g", OWN_GRID).query(Long.class).single();
        for (String url : new String[] {"/buildings/" + other + "/entrances", "/buildings/" + other + "/entrances/1"}) {
            mvc.perform(get(url).with(as("worker"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/buildings/" + ownCommitteeOtherGrid + "/entrances/1").with(as("grid"))).andExpect(status().isNotFound());
        mvc.perform(get("/buildings/" + own + "/entrances/1").with(as("grid"))).andExpect(status().isOk());
        mvc.perform(get("/buildings/" + own + "/entrances/1").with(as("dept"))).andExpect(status().isNotFound());
        mvc.perform(get("/buildings/" + own + "/entrances/99").with(as("worker"))).andExpect(status().isNotFound());
        long committee = jdbc.sql("SELECT id FROM division WHERE path = :p").param("p", OWN_COMMITTEE).query(Long.class).single();
        mvc.perform(get("/buildings/" + committee + "/entrances").with(as("worker"))).andExpect(status().isNotFound());
    }

    @Test
    void theEnrolmentPickerNamesEstateAndBuildingAndFindsByEstateName() throws Exception {
        record Estate(String name, long buildings) {
        }
        Estate estate = jdbc.sql("""
                        SELECT e.name, count(b.id) AS buildings FROM division e JOIN division b ON b.parent_id = e.id
                        WHERE e.level = 'ESTATE' AND e.path LIKE :p || '%' GROUP BY e.id, e.name, e.code ORDER BY e.code LIMIT 1""")
                .param("p", OWN_COMMITTEE).query(Estate.class).single();
        String firstBuilding = jdbc.sql("""
                        SELECT b.name FROM division e JOIN division b ON b.parent_id = e.id
                        WHERE e.level = 'ESTATE' AND e.path LIKE :p || '%' ORDER BY e.code, b.code LIMIT 1""")
                .param("p", OWN_COMMITTEE).query(String.class).single();
        String twoCharacters = estate.name().substring(0, 2);
        String picker = mvc.perform(get("/residents/new").param("q", twoCharacters).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(picker).contains(estate.name() + " " + firstBuilding);
        assertThat(count(picker, "data-testid=\"building\"")).isGreaterThanOrEqualTo(estate.buildings());
        // estate and building typed together, with or without a space
        String both = mvc.perform(get("/residents/new").param("q", estate.name() + " " + firstBuilding).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(both).contains(estate.name() + " " + firstBuilding);
        // never a building outside the scope
        String outside = jdbc.sql("""
                        SELECT e.name FROM division e WHERE e.level = 'ESTATE' AND e.path LIKE :p || '%' ORDER BY e.code LIMIT 1""")
                .param("p", OTHER_COMMITTEE).query(String.class).single();
        String found = mvc.perform(get("/residents/new").param("q", outside).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        jdbc.sql("SELECT code FROM division WHERE level = 'BUILDING' AND path LIKE :p || '%'").param("p", OTHER_COMMITTEE)
                .query(String.class).list().forEach(code -> assertThat(found).doesNotContain("data-code=\"" + code + "\""));
    }

    private static long count(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1L;
    }

    /** Room number → vacant, of every room tile of the page. */
    private static java.util.Map<String, Boolean> roomsShown(String page) {
        Matcher tile = Pattern.compile("<(?:a|span)[^>]*data-testid=\"room\"[^>]*>").matcher(page);
        java.util.Map<String, Boolean> rooms = new java.util.HashMap<>();
        while (tile.find()) {
            Matcher room = Pattern.compile("data-room=\"([^\"]+)\"").matcher(tile.group());
            Matcher vacant = Pattern.compile("data-vacant=\"(true|false)\"").matcher(tile.group());
            assertThat(room.find() && vacant.find()).isTrue();
            rooms.merge(room.group(1), Boolean.parseBoolean(vacant.group(1)), (a, b) -> a && b);
        }
        return rooms;
    }
}
