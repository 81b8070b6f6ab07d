package org.linli.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.linli.testing.Actors.as;
import static org.linli.testing.CaseworkFixtures.COMMITTEE;
import static org.linli.testing.CaseworkFixtures.GRID;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.internal.CaseMap;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases on a map (issue #13): the data endpoint is scoped like the queue (a case outside the
 * user's area is never in it), filtered with the queue's filters, draws a case without a point at
 * its place's centre, flags overdue cases red and first, and sends counts per cell when the view
 * holds more cases than the page should draw.
 */
@LinliTest
class CaseMapTest {

    /** The demo district's extent and a little more. */
    private static final String DISTRICT_BOX = "111.5,40.6,111.8,40.9";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Locator locator;

    @Autowired
    Divisions divisions;

    @Autowired
    TestClock clock;

    CaseworkFixtures cases;

    /** A word no other test's case has, so each test reads only its own cases through the search filter. */
    String word;

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
        word = "地图" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void eachUserSeesOnlyTheCasesOfTheirAreaAndNoCaseOutsideIsEverSent() throws Exception {
        LatLon inCommittee = centre(COMMITTEE);
        String otherCommittee = jdbc.sql("SELECT code FROM division WHERE level = 'COMMITTEE' AND path LIKE '%/150104002/%' ORDER BY code LIMIT 1")
                .query(String.class).single();
        LatLon inOther = centre(otherCommittee);
        String mine = number(cases.openAt("worker", "NOISE", COMMITTEE, word + " 本社区", inCommittee.lat(), inCommittee.lon()));
        String outside = number(cases.openAt("admin", "NOISE", otherCommittee, word + " 另一街道", inOther.lat(), inOther.lon()));

        assertThat(numbers(data("admin", "q=" + word))).containsExactlyInAnyOrder(mine, outside);
        assertThat(numbers(data("street", "q=" + word))).containsExactly(mine);
        assertThat(numbers(data("worker", "q=" + word))).containsExactly(mine);
        // Not placed in their grid, not dispatched to it, not summoned: the grid worker and the department see neither.
        assertThat(numbers(data("grid", "q=" + word))).isEmpty();
        assertThat(numbers(data("dept", "q=" + word))).isEmpty();
        // Looking straight at the other street's case does not bring it either, nor does naming its committee.
        String box = box(inOther, 0.001);
        assertThat(data("street", "q=" + word + "&bbox=" + box + "&zoom=18").get("total").asLong()).isZero();
        assertThat(numbers(data("street", "q=" + word + "&division=" + otherCommittee))).containsExactly(mine);
        // The map page itself belongs to the staff who see the queue.
        mvc.perform(get("/cases/map").with(as("resident"))).andExpect(status().isForbidden());
        assertThat(cases.page("street", "/cases/map")).contains("data-testid=\"case-map\"").contains("data-testid=\"map-legend\"");
    }

    @Test
    void aCaseWithoutAPointIsDrawnAtTheCentreOfItsPlace() throws Exception {
        String number = number(cases.open("worker", "SANITATION", GRID, word + " 没有坐标"));
        LatLon centre = centre(GRID);

        JsonNode marker = only(data("worker", "q=" + word));

        assertThat(marker.get("number").asString()).isEqualTo(number);
        assertThat(marker.get("atPlace").asBoolean()).isTrue();
        assertThat(marker.get("lat").asDouble()).isCloseTo(centre.lat(), within(1e-6));
        assertThat(marker.get("lon").asDouble()).isCloseTo(centre.lon(), within(1e-6));
        // Out of view, it is not sent.
        assertThat(data("worker", "q=" + word + "&bbox=" + box(new LatLon(centre.lat() + 0.05, centre.lon()), 0.001)).get("total").asLong())
                .isZero();
        // A case with its own point is drawn there.
        LatLon at = new LatLon(round(centre.lat() + 0.0001), round(centre.lon() - 0.0001));
        cases.openAt("worker", "SANITATION", GRID, word + " 有坐标", at.lat(), at.lon());
        JsonNode own = StreamSupport.stream(data("worker", "q=" + word).get("cases").spliterator(), false)
                .filter(c -> !c.get("atPlace").asBoolean()).findFirst().orElseThrow();
        assertThat(own.get("lat").asDouble()).isCloseTo(at.lat(), within(1e-6));
        assertThat(own.get("lon").asDouble()).isCloseTo(at.lon(), within(1e-6));
    }

    @Test
    void overdueCasesAreRedAndFirstAndTheQueuesFiltersApply() throws Exception {
        long late = cases.open("worker", "SAFETY", COMMITTEE, word + " 安全隐患");
        clock.advance(Duration.ofHours(3));
        long fresh = cases.open("worker", "NOISE", COMMITTEE, word + " 噪声");
        cases.move("worker", fresh, "ACCEPTED", "");

        JsonNode all = data("worker", "q=" + word);
        assertThat(numbers(all)).containsExactly(number(late), number(fresh));
        JsonNode first = all.get("cases").get(0);
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(first.get("colour").asString()).isEqualTo("#dc3545");
        assertThat(all.get("cases").get(1).get("overdue").asBoolean()).isFalse();
        assertThat(all.get("cases").get(1).get("statusLabel").asString()).isEqualTo(CaseStatus.ACCEPTED.label());

        assertThat(numbers(data("worker", "q=" + word + "&overdue=true"))).containsExactly(number(late));
        assertThat(numbers(data("worker", "q=" + word + "&status=ACCEPTED"))).containsExactly(number(fresh));
        assertThat(numbers(data("worker", "q=" + word + "&category=SAFETY"))).containsExactly(number(late));
        assertThat(numbers(data("worker", "q=" + word + "&period=12m"))).hasSize(2);
        cases.move("worker", fresh, "VERIFYING", "已处理");
        cases.move("worker", fresh, "CLOSED", "已结案");
        assertThat(numbers(data("worker", "q=" + word))).containsExactly(number(late));
        assertThat(numbers(data("worker", "q=" + word + "&open=false"))).hasSize(2);
    }

    @Test
    @Transactional // the generated cases are rolled back; MockMvc's requests run in the test's transaction
    void aViewWithMoreCasesThanTheMarkersIsSentAsCountsPerCell() throws Exception {
        LatLon centre = centre(COMMITTEE);
        int many = CaseMap.MARKERS + 200;
        jdbc.sql("""
                        INSERT INTO case_record (number, division_id, division_path, category_code, channel, title, description, status,
                                                 created_by, created_at, updated_at, accept_due, finish_due, latitude, longitude)
                        SELECT 'M' || :word || g, d.id, d.path, 'NOISE', 'PHONE', :word || ' 批量 ' || g, '批量', 'ACCEPTED', 'test',
                               :now, :now, :now + interval '1 day', :now + interval '7 days',
                               :lat + (g % 40) * 0.0002, :lon + (g / 40) * 0.0002
                        FROM generate_series(1, :n) g JOIN division d ON d.code = :committee""")
                .param("word", word).param("now", clock.now()).param("lat", centre.lat()).param("lon", centre.lon())
                .param("n", many).param("committee", COMMITTEE).update();

        JsonNode counted = data("worker", "q=" + word + "&zoom=14");
        assertThat(counted.get("mode").asString()).isEqualTo("areas");
        assertThat(counted.get("total").asLong()).isEqualTo(many);
        long sum = 0;
        for (JsonNode area : counted.get("areas")) {
            sum += area.get("count").asLong();
            assertThat(area.get("west").asDouble()).isLessThanOrEqualTo(area.get("lon").asDouble());
            assertThat(area.get("east").asDouble()).isGreaterThanOrEqualTo(area.get("lon").asDouble());
        }
        assertThat(sum).isEqualTo(many);
        assertThat(counted.get("areas").size()).isLessThan(50);

        // At the deepest zoom a cell cannot be split: the first MARKERS cases, and "more".
        JsonNode deepest = data("worker", "q=" + word + "&zoom=" + CaseMap.MAX_ZOOM);
        assertThat(deepest.get("mode").asString()).isEqualTo("cases");
        assertThat(deepest.get("cases").size()).isEqualTo(CaseMap.MARKERS);
        assertThat(deepest.get("more").asBoolean()).isTrue();
        // A small box in the middle holds few enough to send each one.
        JsonNode close = data("worker", "q=" + word + "&zoom=17&bbox=" + box(new LatLon(centre.lat() + 0.003, centre.lon() + 0.003), 0.0011));
        assertThat(close.get("mode").asString()).isEqualTo("cases");
        assertThat(close.get("more").asBoolean()).isFalse();
        assertThat(close.get("cases").size()).isBetween(1, CaseMap.MARKERS);
    }

    private JsonNode data(String who, String query) throws Exception {
        String q = query.contains("bbox=") ? query : query + "&bbox=" + DISTRICT_BOX;
        q = q.contains("zoom=") ? q : q + "&zoom=12";
        return json.readTree(mvc.perform(get("/cases/map/data?" + q).with(as(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> numbers(JsonNode data) {
        assertThat(data.get("mode").asString()).isEqualTo("cases");
        List<String> numbers = new ArrayList<>();
        data.get("cases").forEach(c -> numbers.add(c.get("number").asString()));
        return numbers;
    }

    private static JsonNode only(JsonNode data) {
        assertThat(data.get("cases").size()).isEqualTo(1);
        return data.get("cases").get(0);
    }

    private LatLon centre(String code) {
        return locator.centre(divisions.findByCode(code).orElseThrow()).map(c -> new LatLon(round(c.lat()), round(c.lon())))
                .orElseThrow();
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String box(LatLon c, double half) {
        return (c.lon() - half) + "," + (c.lat() - half) + "," + (c.lon() + half) + "," + (c.lat() + half);
    }

    private String number(long id) {
        return jdbc.sql("SELECT number FROM case_record WHERE id = :id").param("id", id).query(String.class).single();
    }
}
