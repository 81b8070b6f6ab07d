package org.linli.deliberation.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.DeliberationFixtures.HOME;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.DeliberationFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the organic laws ask of a meeting before it is convened, at their boundaries: villagers
 * are told ten days ahead unless the meeting is urgent and says why (村民委员会组织法 art. 21); the
 * villagers' representatives' meeting is its committee's members and its representatives, women
 * at least a third of it (art. 25–26), or a minuted reason; a residents' meeting may be made of
 * the two or three representatives each residents' group elects (城市居民委员会组织法 art. 9).
 */
@LinliTest
class ConveningLawTest {

    /** Villagers' committees of the demo district given a registry here, one per rule. */
    static final String COMPOSITION_VILLAGE = "150104006202";
    static final String NOTICE_VILLAGE = "150104006203";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;

    DeliberationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeliberationFixtures(context);
    }

    @Test
    void villagersAreToldTenDaysAheadUnlessTheMeetingIsUrgentWithAReason() throws Exception {
        fixtures.households(NOTICE_VILLAGE, "nworker");
        long topic = fixtures.atResolution("nworker", "村集体土地流转方案");
        LocalDate today = clock.today();

        // Nine days ahead is too short; ten days ahead is the earliest.
        assertThat(fixtures.refused(villagersMeeting(today.plusDays(9), topic), "nworker"))
                .isEqualTo("召开村民会议应当提前 10 天通知村民（村民委员会组织法第二十一条），最早可定于 " + today.plusDays(10)
                        + "；确需紧急召开的，请勾选“紧急召开”并填写理由，理由将写入会议记录");
        long timely = fixtures.convene("nworker", villagersMeeting(today.plusDays(10), topic));
        assertThat(urgentReason(timely)).isNull();
        fixtures.ok(post("/meetings/{id}/cancel", timely).param("reason", "改为紧急召开"), "nworker");

        // Urgent needs a reason, which the minutes keep.
        assertThat(fixtures.refused(villagersMeeting(today.plusDays(9), topic).param("urgent", "true"), "nworker"))
                .isEqualTo("请填写紧急召开的理由，理由将写入会议记录");
        long urgent = fixtures.convene("nworker", villagersMeeting(today.plusDays(9), topic).param("urgent", "true")
                .param("urgentReason", "汛期临近，须尽快决定堤坝加固出资"));
        assertThat(urgentReason(urgent)).isEqualTo("紧急召开（通知不足 10 天）：汛期临近，须尽快决定堤坝加固出资");
        assertThat(fixtures.page("nworker", "/meetings/" + urgent + "/minutes")).contains("data-testid=\"minutes-urgent\"")
                .contains("汛期临近，须尽快决定堤坝加固出资");

        // The representatives' meeting is not a meeting of the villagers: no notice rule.
        fixtures.ok(post("/meetings/{id}/cancel", urgent).param("reason", "改开代表会议"), "nworker");
        long roster = fixtures.households(NOTICE_VILLAGE, "nworker").getFirst()[1];
        fixtures.ok(enrol(roster, "REPRESENTATIVE"), "nworker");
        fixtures.convene("nworker", fixtures.convening("VILLAGERS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", today, topic));
    }

    @Test
    void theVillagersRepresentativesMeetingIsItsMembersWithAThirdWomenOrAMinutedReason() throws Exception {
        List<long[]> households = fixtures.households(COMPOSITION_VILLAGE, "cworker");
        long topic = fixtures.atResolution("cworker", "村道硬化筹资方案");
        LocalDate today = clock.today();
        for (int i = 0; i < 5; i++) {
            fixtures.ok(enrol(households.get(i)[0], "REPRESENTATIVE"), "cworker");
        }
        assertThat(fixtures.refused(representativesMeeting(topic), "cworker")).startsWith(composition(5, 5, 0));
        fixtures.ok(enrol(households.get(4)[1], "REPRESENTATIVE"), "cworker");
        fixtures.ok(enrol(households.get(5)[1], "REPRESENTATIVE"), "cworker");
        // Two women among seven is less than a third.
        assertThat(fixtures.refused(representativesMeeting(topic), "cworker")).startsWith(composition(7, 7, 2));
        fixtures.ok(post("/representatives/{r}/remove", households.get(4)[0]).param("role", "REPRESENTATIVE"), "cworker");
        // Two among six is exactly a third: convened without a word.
        long lawful = fixtures.convene("cworker", representativesMeeting(topic));
        assertThat(entitled(lawful)).isEqualTo(6);
        assertThat(compositionOverride(lawful)).isNull();
        fixtures.ok(post("/meetings/{id}/cancel", lawful).param("reason", "村委会成员须一同参会"), "cworker");

        // A member of the villagers' committee sits in the meeting too: seven members, two women, short of a third.
        fixtures.ok(enrol(households.get(5)[0], "COMMITTEE_MEMBER"), "cworker");
        assertThat(fixtures.refused(representativesMeeting(topic), "cworker")).startsWith(composition(7, 6, 2));
        long convened = fixtures.convene("cworker", representativesMeeting(topic).param("compositionReason", "妇女村民代表补选尚未完成"));
        assertThat(entitled(convened)).isEqualTo(7);
        assertThat(compositionOverride(convened)).isEqualTo("组成不符合法定比例（7 人，其中村民代表 6 人、妇女村民代表 2 人），仍召开的理由：妇女村民代表补选尚未完成");

        // Its quorum counts the members: five of seven, the committee member among them, reach two thirds.
        for (long member : List.of(households.get(0)[0], households.get(1)[0], households.get(2)[0], households.get(4)[1],
                households.get(5)[0])) {
            fixtures.ok(fixtures.signIn(convened, member), "cworker");
        }
        fixtures.ok(post("/meetings/{id}/voting", convened), "cworker");
        fixtures.close(convened, DeliberationFixtures.hall(topic, 5, 0, 0), "cworker");
        assertThat(fixtures.quorumReason(convened)).isEqualTo("应到 7 人，实到 5 人，达到三分之二，符合法定人数");
        assertThat(fixtures.page("cworker", "/meetings/" + convened + "/minutes")).contains("data-testid=\"minutes-composition\"")
                .contains("妇女村民代表补选尚未完成");
    }

    @Test
    void aResidentsMeetingOfTheResidentsGroupsRepresentatives() throws Exception {
        List<Long> firstGroup = adultsOfOneGroup(0);
        List<Long> secondGroup = adultsOfOneGroup(1);
        for (long r : firstGroup.subList(0, 3)) {
            fixtures.ok(enrol(r, "GROUP_REPRESENTATIVE"), "worker");
        }
        // Each residents' group elects two or three.
        assertThat(fixtures.refused(enrol(firstGroup.get(3), "GROUP_REPRESENTATIVE"), "worker"))
                .startsWith("每个居民小组推选二至三名代表（城市居民委员会组织法第九条），").endsWith("已有 3 名");
        fixtures.ok(enrol(secondGroup.getFirst(), "GROUP_REPRESENTATIVE"), "worker");
        assertThat(fixtures.page("worker", "/representatives?role=GROUP_REPRESENTATIVE")).contains("居民小组代表名册（4 人）")
                .contains("第1网格");

        long topic = fixtures.atResolution("worker", "社区公共收益使用方案");
        long meeting = fixtures.convene("worker", "RESIDENTS_MEETING", "GROUP_REPRESENTATIVES", clock.today(), topic);
        assertThat(entitled(meeting)).isEqualTo(4);
        assertThat(fixtures.send(fixtures.signIn(meeting, firstGroup.get(3)), "worker"))
                .endsWith("不在本次会议的居民小组代表名册上，不能参加本次表决");
        for (long r : List.of(firstGroup.get(0), firstGroup.get(1), secondGroup.getFirst())) {
            fixtures.ok(fixtures.signIn(meeting, r), "worker");
        }
        fixtures.ok(post("/meetings/{id}/voting", meeting), "worker");
        fixtures.close(meeting, DeliberationFixtures.hall(topic, 3, 0, 0), "worker");
        assertThat(fixtures.quorumReason(meeting)).isEqualTo("应到 4 人，实到 3 人，超过半数，符合法定人数");
        assertThat(jdbc.sql("SELECT passed FROM meeting_vote WHERE topic_id = :t").param("t", topic).query(Boolean.class).single()).isTrue();
    }

    // ------------------------------------------------------------------ steps

    private MockHttpServletRequestBuilder villagersMeeting(LocalDate day, long topic) {
        return fixtures.convening("VILLAGERS_MEETING", "PERSONS", day, topic);
    }

    private MockHttpServletRequestBuilder representativesMeeting(long topic) {
        return fixtures.convening("VILLAGERS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
    }

    private static MockHttpServletRequestBuilder enrol(long resident, String role) {
        return post("/representatives").param("resident", String.valueOf(resident)).param("role", role);
    }

    private static String composition(int members, int representatives, int women) {
        return "村民代表会议由村民委员会成员和村民代表组成，现名册 " + members + " 人，其中村民代表 " + representatives + " 人、妇女村民代表 "
                + women + " 人";
    }

    private int entitled(long meeting) {
        return jdbc.sql("SELECT entitled FROM assembly WHERE id = :a").param("a", meeting).query(Integer.class).single();
    }

    private String urgentReason(long meeting) {
        return jdbc.sql("SELECT urgent_reason FROM assembly WHERE id = :a").param("a", meeting).query(String.class).optional().orElse(null);
    }

    private String compositionOverride(long meeting) {
        return jdbc.sql("SELECT composition_override FROM assembly WHERE id = :a").param("a", meeting).query(String.class).optional()
                .orElse(null);
    }

    /** Four adults living in the {@code n}th residents' group (grid) of the demo committee that has four. */
    private List<Long> adultsOfOneGroup(int n) {
        String grid = jdbc.sql("""
                        SELECT split_part(substr(r.division_path, length(c.path) + 1), '/', 1) AS grid FROM resident r
                        JOIN division c ON c.code = :c
                        WHERE r.division_path LIKE c.path || '%' AND r.status = 'LIVING' AND r.birth_date <= :adult
                        GROUP BY 1 HAVING count(*) >= 4 ORDER BY 1 OFFSET :n LIMIT 1""")
                .param("c", HOME).param("adult", clock.today().minusYears(18)).param("n", n).query(String.class).single();
        return fixtures.residents(HOME, DeliberationFixtures.ADULT + " AND r.division_path LIKE '%/" + grid + "/%'", 4);
    }
}
