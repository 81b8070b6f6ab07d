package org.linli.deliberation.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.DeliberationFixtures.ADULT;
import static org.linli.testing.DeliberationFixtures.HOME;
import static org.linli.testing.DeliberationFixtures.NEIGHBOUR;
import static org.linli.testing.DeliberationFixtures.VILLAGE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.deliberation.Bindings;
import org.linli.deliberation.Person;
import org.linli.deliberation.Representatives;
import org.linli.division.Division;
import org.linli.registry.PersonalData;
import org.linli.shared.CurrentUser;
import org.linli.shared.IdNumber;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.testing.DeliberationFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Meetings on a roll from the registry: who may vote, one vote per person (or household) across
 * the hall and the online deliberation hall, quorum from sign-ins, and scope across committees.
 */
@LinliTest
class VotingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Bindings bindings;
    @Autowired
    Assemblies assemblies;
    @Autowired
    Ballots ballots;
    @Autowired
    Representatives representatives;
    @Autowired
    PersonalData personalData;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;

    DeliberationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeliberationFixtures(context);
    }

    // ------------------------------------------------------------------ binding (实名认证)

    @Test
    void aResidentBindsTheirAccountByNameAndIdNumberOnceAndOnlyInTheirCommittee() throws Exception {
        long residentId = fixtures.residents(HOME, ADULT + " AND NOT EXISTS (SELECT 1 FROM resident_account b WHERE b.resident_id = r.id)", 1)
                .getFirst();
        String name = fixtures.name(residentId);
        String id = idNumber(residentId);
        fixtures.account("bind-a", HOME, Role.RESIDENT);
        fixtures.account("bind-b", HOME, Role.RESIDENT);

        char wrongCheck = id.charAt(17) == '0' ? '1' : '0';
        assertThat(bind("bind-a", name, id.substring(0, 17) + wrongCheck)).contains("身份证号校验位不正确").contains(name);
        assertThat(bind("bind-a", name + "甲", id)).contains("与五塔北街社区居委会的居民登记不一致").doesNotContain(id);
        long neighbour = fixtures.residents(NEIGHBOUR, ADULT, 1).getFirst();
        assertThat(bind("bind-a", fixtures.name(neighbour), idNumber(neighbour))).contains("居民登记不一致");

        mvc.perform(post("/me/binding").param("name", name).param("idNumber", id.toLowerCase()).with(as("bind-a")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String me = fixtures.page("bind-a", "/me");
        assertThat(me).contains("已认证").contains(name).contains(IdNumber.parse(id).masked()).doesNotContain(id);
        // One account per resident, and one resident per account.
        assertThat(bind("bind-b", name, id)).contains("该居民已与另一个账户绑定");
        assertThat(bind("bind-a", name, id)).contains("您的账户已完成实名认证");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'bind-a' AND action = 'RESIDENT_BIND_FAILED'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theDemoResidentIsBoundToAnAdultOfTheDemoCommittee() {
        long account = accounts.findByUsername("resident").orElseThrow().id();
        Bindings.Bound me = bindings.of(account).orElseThrow();
        assertThat(me.committeeName()).isEqualTo("五塔北街社区居委会");
        assertThat(me.age(clock.today())).isGreaterThanOrEqualTo(18);
        assertThat(me.name()).startsWith("陈");
        assertThat(representatives.roster(fixtures.committee(HOME))).hasSize(30)
                .filteredOn(p -> p.sex() == org.linli.shared.Sex.FEMALE).hasSizeGreaterThanOrEqualTo(10);
    }

    // ------------------------------------------------------------------ one person, one vote

    @Test
    void onePersonOneVoteAcrossTheHallAndTheOnlineHall() throws Exception {
        long topic = fixtures.atResolution("worker", "社区花园改造方案");
        long meeting = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        List<Person> roster = representatives.roster(fixtures.committee(HOME));
        long online = roster.get(0).id();
        long hall = roster.get(1).id();
        String onlineVoter = fixtures.voter(online, HOME);
        String hallVoter = fixtures.voter(hall, HOME);

        assertThat(vote(onlineVoter, meeting, topic, "FOR")).isEqualTo("error:会议尚未开始表决");
        openVoting(meeting, "worker");
        assertThat(vote(onlineVoter, meeting, topic, "FOR")).startsWith("saved:投票成功：赞成");
        // Online first: present already, not signed in or counted again in the hall, nor online.
        assertThat(signIn(meeting, online)).contains("已在线上议事厅投票，已计入出席");
        assertThat(vote(onlineVoter, meeting, topic, "AGAINST")).isEqualTo("error:您已就该议题投过票，每人只能投一次");
        // In person first: no online ballot.
        assertThat(signIn(meeting, hall)).startsWith("saved:");
        assertThat(vote(hallVoter, meeting, topic, "AGAINST")).isEqualTo("error:您已在会场签到，请在会场表决，不能再在线投票");
        assertThat(fixtures.page(hallVoter, "/topics/" + topic)).contains("议事中");
        assertThat(mvc.perform(get("/meetings/online").param("topic", String.valueOf(topic)).with(as(hallVoter)))
                .andReturn().getResponse().getContentAsString()).contains("您已在会场签到，请在会场表决");

        // The hall cannot count more than those signed in there.
        String tooMany = mvc.perform(post("/meetings/{id}/close", meeting).param("hall[" + topic + "].votesFor", "2").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooMany).contains("现场赞成、反对、弃权之和（2）不能超过现场签到的 1 人");
        assertThat(fixtures.refused(post("/meetings/{id}/close", meeting).param("hall[" + topic + "].against", "-1"), "worker"))
                .isEqualTo("现场赞成、反对、弃权票数应为不小于 0 的整数");
        fixtures.close(meeting, DeliberationFixtures.hall(topic, 0, 1, 0), "worker");
        assertThat(jdbc.sql("SELECT present || '/' || entitled FROM meeting WHERE id = (SELECT meeting_id FROM assembly WHERE id = :a)")
                .param("a", meeting).query(String.class).single()).isEqualTo("2/30");
        // 2 of 30 is no quorum: the minutes record no decision.
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_vote WHERE topic_id = :t").param("t", topic).query(Long.class).single()).isZero();
        assertThat(vote(onlineVoter, meeting, topic, "FOR")).isEqualTo("error:会议已结束，表决已截止");
    }

    @Test
    void twoConcurrentOnlineBallotsOfOnePersonCountOnce() throws Exception {
        long topic = fixtures.atResolution("worker", "楼道灯改造");
        long meeting = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        openVoting(meeting, "worker");
        long person = representatives.roster(fixtures.committee(HOME)).get(2).id();
        CurrentUser voter = (CurrentUser) users.loadUserByUsername(fixtures.voter(person, HOME));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (Choice choice : List.of(Choice.FOR, Choice.AGAINST)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    ballots.vote(meeting, new CastBallot(topic, choice), voter);
                    return "counted";
                } catch (Refusal e) {
                    return DeliberationFixtures.text(e);
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("counted", "您已就该议题投过票，每人只能投一次");
        assertThat(jdbc.sql("SELECT count(*) FROM ballot WHERE assembly_id = :a").param("a", meeting).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM ballot_choice WHERE assembly_id = :a").param("a", meeting).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void whereTheRuleCountsHouseholdsTwoAdultsOfOneHouseholdHaveOneVote() throws Exception {
        long topic = fixtures.atResolution("worker", "小区大门改造");
        long meeting = fixtures.convene("worker", "RESIDENTS_MEETING", "HOUSEHOLDS", clock.today(), topic);
        long households = jdbc.sql("""
                        SELECT count(DISTINCT r.household_id) FROM resident r JOIN household h ON h.id = r.household_id
                        WHERE r.division_path LIKE (SELECT path FROM division WHERE code = :c) || '%' AND h.closed_on IS NULL AND\s"""
                        + ADULT)
                .param("c", HOME).param("adult", clock.today().minusYears(18)).query(Long.class).single();
        assertThat(jdbc.sql("SELECT entitled FROM assembly WHERE id = :a").param("a", meeting).query(Long.class).single())
                .isEqualTo(households);
        List<long[]> pairs = jdbc.sql("""
                        SELECT min(r.id), max(r.id) FROM resident r
                        WHERE r.division_path LIKE (SELECT path FROM division WHERE code = :c) || '%' AND\s""" + ADULT + " " + """
                        GROUP BY r.household_id HAVING count(*) >= 2 ORDER BY r.household_id LIMIT 2""")
                .param("c", HOME).param("adult", clock.today().minusYears(18))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        openVoting(meeting, "worker");
        String first = fixtures.voter(pairs.get(0)[0], HOME);
        String second = fixtures.voter(pairs.get(0)[1], HOME);
        assertThat(vote(first, meeting, topic, "FOR")).startsWith("saved:");
        assertThat(vote(second, meeting, topic, "AGAINST")).isEqualTo("error:您家已就该议题投过票，每户只有一票");
        assertThat(signIn(meeting, pairs.get(0)[1])).contains("该户已由").contains("已在线上议事厅投票");
        // In the hall: one member signs in for the household, the other is refused.
        assertThat(signIn(meeting, pairs.get(1)[0])).isEqualTo("saved:" + Person.mask(fixtures.name(pairs.get(1)[0])) + " 已代表本户签到");
        assertThat(signIn(meeting, pairs.get(1)[1])).contains("该户已由").contains("已在会场签到");
        assertThat(vote(fixtures.voter(pairs.get(1)[1], HOME), meeting, topic, "FOR"))
                .isEqualTo("error:您家已有人在会场签到，请在会场表决，不能再在线投票");
        assertThat(assemblies.attendance(assemblies.get(meeting, (CurrentUser) users.loadUserByUsername("worker"))).present()).isEqualTo(2);
    }

    @Test
    void residentsNotOnTheRollUnderEighteenOrOfAnotherCommitteeCannotVote() throws Exception {
        long topic = fixtures.atResolution("worker", "垃圾分类投放点调整");
        long reps = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        openVoting(reps, "worker");
        long notRepresentative = fixtures.residents(HOME, ADULT + " AND r.id NOT IN (SELECT resident_id FROM representative)", 1).getFirst();
        assertThat(vote(fixtures.voter(notRepresentative, HOME), reps, topic, "FOR"))
                .isEqualTo("error:您不在本次会议的代表名册上，不能参加本次表决");
        assertThat(signIn(reps, notRepresentative)).contains("不在本次会议的代表名册上");
        fixtures.close(reps, Map.of(), "worker");

        long persons = fixtures.convene("worker", "RESIDENTS_MEETING", "PERSONS", clock.today(), topic);
        openVoting(persons, "worker");
        long minor = fixtures.residents(HOME, "r.status = 'LIVING' AND r.birth_date > :adult + interval '1 year'", 1).getFirst();
        assertThat(vote(fixtures.voter(minor, HOME), persons, topic, "FOR")).contains("未满 18 周岁，没有表决权");
        assertThat(signIn(persons, minor)).contains("未满 18 周岁，没有表决权");
        // A resident of another committee: the meeting does not exist for them, and the hall does not sign them in.
        long outsider = fixtures.residents(NEIGHBOUR, ADULT, 1).getFirst();
        mvc.perform(fixtures.ballot(persons, topic, "FOR").with(as(fixtures.voter(outsider, NEIGHBOUR))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(signIn(persons, outsider)).contains("不是五塔北街社区居委会登记的居民");
        // A resident who has not bound their account is sent to do so.
        fixtures.account("unbound", HOME, Role.RESIDENT);
        assertThat(vote("unbound", persons, topic, "FOR")).contains("请先在“我的信息”中完成实名认证");
        assertThat(jdbc.sql("SELECT count(*) FROM ballot WHERE assembly_id = :a").param("a", persons).query(Long.class).single()).isZero();
    }

    @Test
    void aMistakenSignInIsUndoneWhileTheMeetingIsOpenAndThePersonMayThenVoteOnline() throws Exception {
        long topic = fixtures.atResolution("worker", "电动车充电桩设置");
        long meeting = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        long person = representatives.roster(fixtures.committee(HOME)).get(4).id();
        fixtures.ok(fixtures.signIn(meeting, person), "worker");
        openVoting(meeting, "worker");
        assertThat(fixtures.send(undo(meeting, person), "worker")).endsWith("的签到已撤销");
        assertThat(vote(fixtures.voter(person, HOME), meeting, topic, "ABSTAIN")).startsWith("saved:");
        // An online ballot is the voter's own: the desk cannot take it back.
        assertThat(fixtures.send(undo(meeting, person), "worker")).isEqualTo("error:此人没有在会场签到，无需撤销");
        fixtures.close(meeting, Map.of(), "worker");
        assertThat(fixtures.send(undo(meeting, person), "worker")).isEqualTo("error:会议已结束，签到不能撤销");
    }

    @Test
    void theCommitteesWorkerKeepsTheRosterOfRepresentatives() throws Exception {
        List<long[]> households = fixtures.village();
        Division village = fixtures.committee(VILLAGE);
        assertThat(fixtures.page("vworker", "/representatives")).contains("村民代表中妇女应占三分之一以上");
        long spouse = households.get(0)[1];
        assertThat(fixtures.send(post("/representatives").param("resident", String.valueOf(spouse)), "vworker")).isEqualTo("saved:已列入代表名册");
        assertThat(fixtures.send(post("/representatives").param("resident", String.valueOf(spouse)), "vworker")).contains("已在代表名册中");
        long child = jdbc.sql("SELECT id FROM resident WHERE household_id = (SELECT household_id FROM resident WHERE id = :s) AND relation = 'CHILD'")
                .param("s", spouse).query(Long.class).single();
        long townsman = fixtures.residents(HOME, ADULT, 1).getFirst();
        for (long other : List.of(child, townsman)) {
            assertThat(fixtures.send(post("/representatives").param("resident", String.valueOf(other)), "vworker"))
                    .isEqualTo("error:只能从本居（村）委会登记的 18 周岁以上在住居民中选定代表");
        }
        assertThat(representatives.roster(village)).hasSize(7);
        // Another committee's worker cannot take a representative off this roster; nor can staff outside committees see it.
        mvc.perform(post("/representatives/{r}/remove", spouse).with(as("worker")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/representatives").with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/representatives").with(as("resident"))).andExpect(status().isNotFound());
        assertThat(fixtures.send(post("/representatives/{r}/remove", spouse), "vworker")).startsWith("saved:已移出代表名册");
        assertThat(representatives.roster(village)).hasSize(6);
    }

    // ------------------------------------------------------------------ quorum from sign-ins

    @Test
    void quorumComesFromSignInsExactlyHalfIsNotEnoughHalfPlusOneIs() throws Exception {
        long topic = fixtures.atResolution("worker", "社区停车收费标准");
        List<Person> roster = representatives.roster(fixtures.committee(HOME));
        long half = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        for (Person p : roster.subList(0, 15)) {
            fixtures.ok(fixtures.signIn(half, p.id()), "worker");
        }
        openVoting(half, "worker");
        fixtures.close(half, DeliberationFixtures.hall(topic, 15, 0, 0), "worker");
        assertThat(fixtures.quorumReason(half)).isEqualTo("应到 30 人，实到 15 人，未达到半数，不能作出决定");
        assertThat(fixtures.page("worker", "/meetings/" + half + "/minutes")).contains("未达法定人数，不作决定");

        long more = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        for (Person p : roster.subList(0, 16)) {
            fixtures.ok(fixtures.signIn(more, p.id()), "worker");
        }
        openVoting(more, "worker");
        fixtures.close(more, DeliberationFixtures.hall(topic, 9, 7, 0), "worker");
        assertThat(fixtures.quorumReason(more)).startsWith("应到 30 人，实到 16 人，超过半数");
        assertThat(jdbc.sql("SELECT passed FROM meeting_vote WHERE topic_id = :t").param("t", topic).query(Boolean.class).single()).isTrue();
        // The resolution from the roll-call opens the next stage of the procedure.
        fixtures.ok(fixtures.stage(topic, 1, "居民代表会议通过"), "worker");
        String minutes = fixtures.page("worker", "/meetings/" + more + "/minutes");
        assertThat(minutes).contains("出席 16 人，赞成 9、反对 7、弃权 0，赞成票过出席人数半数，通过").contains("缺席（14）")
                .contains(Person.mask(roster.get(0).name())).doesNotContain(">" + roster.get(0).name() + "<");
        assertThat(fixtures.page("worker", "/meetings/" + more + "/minutes?full=true")).contains(roster.get(0).name());
    }

    @Test
    void aVillagersRepresentativesMeetingNeedsTwoThirdsAndAHouseholdMeetingTwoThirdsOfHouseholds() throws Exception {
        List<long[]> households = fixtures.village();
        long reps = fixtures.atResolution("vworker", "村集体收益分配方案");
        long three = fixtures.convene("vworker", "VILLAGERS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), reps);
        for (int i = 0; i < 3; i++) {
            fixtures.ok(fixtures.signIn(three, households.get(i)[0]), "vworker");
        }
        openVoting(three, "vworker");
        fixtures.close(three, DeliberationFixtures.hall(reps, 3, 0, 0), "vworker");
        assertThat(fixtures.quorumReason(three)).isEqualTo("应到 6 人，实到 3 人，未达到三分之二，不能作出决定");
        long four = fixtures.convene("vworker", "VILLAGERS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), reps);
        for (int i = 0; i < 4; i++) {
            fixtures.ok(fixtures.signIn(four, households.get(i)[0]), "vworker");
        }
        openVoting(four, "vworker");
        fixtures.close(four, DeliberationFixtures.hall(reps, 3, 0, 1), "vworker");
        // Exactly two thirds is reached, not exceeded.
        assertThat(fixtures.quorumReason(four)).isEqualTo("应到 6 人，实到 4 人，达到三分之二，符合法定人数");
        assertThat(jdbc.sql("SELECT passed FROM meeting_vote WHERE topic_id = :t").param("t", reps).query(Boolean.class).single()).isTrue();

        // By household: 4 of 6 households is two thirds; 3 is not, however many adults come. Villagers are told ten days ahead.
        long land = fixtures.atResolution("vworker", "土地承包调整方案");
        LocalDate inTenDays = clock.today().plusDays(10);
        long few = fixtures.convene("vworker", "VILLAGERS_MEETING", "HOUSEHOLDS", inTenDays, land);
        for (int i = 0; i < 3; i++) {
            fixtures.ok(fixtures.signIn(few, households.get(i)[0]), "vworker");
        }
        openVoting(few, "vworker");
        fixtures.close(few, Map.of(), "vworker");
        assertThat(fixtures.quorumReason(few)).isEqualTo("应到 6 户，派代表参加 3 户，未达到三分之二，不能作出决定");
        long enough = fixtures.convene("vworker", "VILLAGERS_MEETING", "HOUSEHOLDS", inTenDays, land);
        for (int i = 0; i < 4; i++) {
            fixtures.ok(fixtures.signIn(enough, households.get(i)[1]), "vworker");
        }
        openVoting(enough, "vworker");
        fixtures.close(enough, DeliberationFixtures.hall(land, 2, 2, 0), "vworker");
        assertThat(fixtures.quorumReason(enough)).isEqualTo("应到 6 户，派代表参加 4 户，达到三分之二，符合法定人数");
        assertThat(jdbc.sql("SELECT passed FROM meeting_vote WHERE topic_id = :t").param("t", land).query(Boolean.class).single()).isFalse();

        // A residents' meeting is not held in a village.
        assertThat(fixtures.refused(fixtures.convening("RESIDENTS_MEETING", "PERSONS", clock.today(), land), "vworker"))
                .contains("东二道河村委会不召开居民会议");
    }

    @Test
    void quorumBoundariesOfTheRollCount() {
        assertThat(Assemblies.quorum(MeetingKind.RESIDENTS_MEETING, Basis.HOUSEHOLDS, 10, 5).met()).isFalse();
        assertThat(Assemblies.quorum(MeetingKind.RESIDENTS_MEETING, Basis.HOUSEHOLDS, 10, 6).met()).isTrue();
        assertThat(Assemblies.quorum(MeetingKind.VILLAGERS_MEETING, Basis.HOUSEHOLDS, 9, 5).met()).isFalse();
        assertThat(Assemblies.quorum(MeetingKind.VILLAGERS_MEETING, Basis.HOUSEHOLDS, 9, 6).met()).isTrue();
        assertThat(Assemblies.quorum(MeetingKind.VILLAGERS_MEETING, Basis.PERSONS, 12, 6).met()).isFalse();
        assertThat(Assemblies.quorum(MeetingKind.VILLAGERS_MEETING, Basis.PERSONS, 12, 7).met()).isTrue();
        assertThat(Assemblies.quorum(MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING, Basis.REPRESENTATIVES, 30, 19).met()).isFalse();
        assertThat(Assemblies.quorum(MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING, Basis.REPRESENTATIVES, 30, 20).met()).isTrue();
    }

    // ------------------------------------------------------------------ scope

    @Test
    void aWorkerOfAnotherCommitteeDoesNotFindTheMeeting() throws Exception {
        long topic = fixtures.atResolution("worker", "健身步道铺设");
        long meeting = fixtures.convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", clock.today(), topic);
        fixtures.account("worker004", NEIGHBOUR, Role.COMMUNITY_WORKER);
        long member = representatives.roster(fixtures.committee(HOME)).get(3).id();
        mvc.perform(get("/meetings/{id}", meeting).with(as("worker004"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/minutes", meeting).with(as("worker004"))).andExpect(status().isNotFound());
        mvc.perform(fixtures.signIn(meeting, member).with(as("worker004")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/close", meeting).with(as("worker004")).with(csrf())).andExpect(status().isNotFound());
        assertThat(fixtures.page("worker004", "/meetings")).doesNotContain("/meetings/" + meeting + "\"");
        // Nor may they put another committee's topic on their agenda.
        assertThat(mvc.perform(fixtures.convening("RESIDENTS_MEETING", "PERSONS", clock.today(), topic).with(as("worker004")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        mvc.perform(get("/meetings/{id}", meeting).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/meetings/{id}", meeting).with(as("dept"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM ballot WHERE assembly_id = :a").param("a", meeting).query(Long.class).single()).isZero();
    }

    // ------------------------------------------------------------------ helpers

    private String idNumber(long residentId) {
        return personalData.open(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :r").param("r", residentId)
                .query(byte[].class).single());
    }

    private String bind(String who, String name, String id) throws Exception {
        return mvc.perform(post("/me/binding").param("name", name).param("idNumber", id).with(as(who)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void openVoting(long meeting, String worker) throws Exception {
        fixtures.ok(post("/meetings/{id}/voting", meeting), worker);
    }

    private String signIn(long meeting, long resident) throws Exception {
        return fixtures.send(fixtures.signIn(meeting, resident), "worker");
    }

    private MockHttpServletRequestBuilder undo(long meeting, long resident) {
        return post("/meetings/{id}/sign-in/undo", meeting).param("resident", String.valueOf(resident));
    }

    private String vote(String who, long meeting, long topic, String choice) throws Exception {
        return fixtures.send(fixtures.ballot(meeting, topic, choice), who);
    }
}
