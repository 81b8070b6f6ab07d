package org.linli.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.Role;
import org.linli.testing.LinkageFixtures;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Resources suggested for a need: the same kind only, the same grid first, then the committee,
 * then the street, and by distance within each where both have a point; each reader sees only
 * the resources of their own scope; a suggestion accepted becomes a project and the need is taken.
 */
@LinliTest
class NeedMatchingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;

    LinkageFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new LinkageFixtures(mvc, jdbc, divisions);
    }

    /** The resources suggested on the page, in the order shown. */
    private List<Long> suggested(long need, String who) throws Exception {
        String page = fixtures.page("/linkage/needs?need=" + need, who);
        Matcher m = Pattern.compile("data-testid=\"suggestion\" data-resource=\"(\\d+)\"").matcher(page);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void theSameKindNearestFirstGridThenCommitteeThenStreetThenByDistance() throws Exception {
        List<Division> grids = fixtures.places(LinkageFixtures.COMMITTEE, Level.GRID);
        Division grid = grids.stream().filter(g -> fixtures.buildingsOf(g).size() >= 3).findFirst().orElseThrow();
        Division otherGrid = grids.stream().filter(g -> !g.equals(grid) && !fixtures.buildingsOf(g).isEmpty()).findFirst().orElseThrow();
        List<Division> estates = fixtures.buildingsOf(grid);
        Division home = estates.get(0);
        TestUser.withAccount(jdbc, "worker5", "郑敏", Role.COMMUNITY_WORKER, fixtures.division("150104002002"));

        long need = fixtures.need("worker", "EMPLOYMENT", "失业人员再就业培训", home.code());
        long atThird = fixtures.resource("worker", "EMPLOYMENT", "技能培训班（网格内远处）", estates.get(2).code());
        long atHome = fixtures.resource("worker", "EMPLOYMENT", "家门口招聘会", home.code());
        long atSecond = fixtures.resource("worker", "EMPLOYMENT", "技能培训班（网格内近处）", estates.get(1).code());
        long otherGridPoint = fixtures.resource("worker", "EMPLOYMENT", "就业驿站", fixtures.buildingsOf(otherGrid).get(0).code());
        long wholeCommittee = fixtures.resource("worker", "EMPLOYMENT", "社区公益岗位", null);
        long inStreet = fixtures.resource("worker4", "EMPLOYMENT", "邻社区就业服务站", null);
        long otherKind = fixtures.resource("worker", "CULTURE", "舞蹈队", home.code());
        long otherStreet = fixtures.resource("worker5", "EMPLOYMENT", "外街道就业服务站", null);

        List<Long> byStreet = suggested(need, "street");
        assertThat(byStreet).doesNotContain(otherKind, otherStreet);
        assertThat(byStreet.subList(0, 2)).containsExactly(atHome, byDistance(home, estates.get(1), estates.get(2), atSecond, atThird));
        assertThat(byStreet.indexOf(byDistance(home, estates.get(1), estates.get(2), atThird, atSecond))).isEqualTo(2);
        assertThat(byStreet.indexOf(otherGridPoint)).isEqualTo(3);
        assertThat(byStreet.indexOf(wholeCommittee)).isEqualTo(4);
        assertThat(byStreet.indexOf(inStreet)).isGreaterThan(4);

        List<Long> byWorker = suggested(need, "worker");
        assertThat(byWorker).startsWith(byStreet.subList(0, 5).toArray(Long[]::new)).doesNotContain(inStreet, otherStreet);
        String list = fixtures.page("/linkage/needs?kind=EMPLOYMENT&status=OPEN", "worker");
        assertThat(list).contains("data-testid=\"need-best\" data-resource=\"" + atHome + "\"");
    }

    @Test
    void anAcceptedSuggestionBecomesAProjectAndTheNeedIsTaken() throws Exception {
        long need = fixtures.need("worker", "DISABILITY", "残疾人康复训练", null);
        long resource = fixtures.resource("worker", "DISABILITY", "康复器材室", null);
        assertThat(fixtures.page("/linkage/projects?need=" + need + "&resource=" + resource, "worker"))
                .contains("data-testid=\"project-from-need\"").contains("康复器材室");
        long project = fixtures.project("worker", "残疾人康复训练", need, resource, java.time.LocalDate.now());
        assertThat(jdbc.sql("SELECT status FROM linkage_need WHERE id = :id").param("id", need).query(String.class).single())
                .isEqualTo("MATCHED");
        assertThat(jdbc.sql("SELECT resource_id FROM linkage_project WHERE id = :id").param("id", project).query(Long.class).single())
                .isEqualTo(resource);
        String again = mvc.perform(post("/linkage/projects").with(as("worker")).with(csrf()).param("title", "再立一次")
                        .param("kind", "DISABILITY").param("budget", "100").param("startsOn", "2026-01-01").param("endsOn", "2026-02-01")
                        .param("needId", String.valueOf(need)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("该需求已立项");
    }

    @Test
    void aNeedIsRefusedOnItsFieldsInChineseKeepingWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/linkage/needs").with(as("worker")).with(csrf()).param("kind", "").param("title", "")
                        .param("people", "0").param("place", "没有这个地方xyz").param("detail", "保留的说明"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请选择类别").contains("请填写名称").contains("涉及人数须为 1 到 100000 之间的整数").contains("保留的说明");
        String place = mvc.perform(post("/linkage/needs").with(as("worker")).with(csrf()).param("kind", "OTHER").param("title", "某需求")
                        .param("people", "2").param("place", "没有这个地方xyz"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(place).contains("没有名为“没有这个地方xyz”");
    }

    /** Of two resources at b and c, the one nearer to a (the ranking measures the same way, by the buildings' points). */
    private long byDistance(Division a, Division b, Division c, long atB, long atC) {
        double ab = metres(a, b);
        double ac = metres(a, c);
        return ab <= ac ? atB : atC;
    }

    private double metres(Division a, Division b) {
        List<Double> la = point(a);
        List<Double> lb = point(b);
        return new org.linli.division.LatLon(la.get(0), la.get(1)).metresTo(new org.linli.division.LatLon(lb.get(0), lb.get(1)));
    }

    private List<Double> point(Division d) {
        return jdbc.sql("SELECT latitude, longitude FROM linkage_need WHERE place_path = :p UNION ALL "
                        + "SELECT latitude, longitude FROM linkage_resource WHERE place_path = :p LIMIT 1")
                .param("p", d.path()).query((rs, i) -> List.of(rs.getDouble(1), rs.getDouble(2))).single();
    }
}
