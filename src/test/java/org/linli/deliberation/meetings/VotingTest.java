package org.linli.deliberation;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.DwellingUse;
import org.linli.registry.PersonalData;
import org.linli.registry.Registration;
import org.linli.registry.RegistryLoader;
import org.linli.registry.Relation;
import org.linli.registry.Tenure;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.IdNumber;
import org.linli.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Meetings on a roll from the registry: who may vote, one vote per person (or household) across
 * the hall and the online deliberation hall, quorum from sign-ins, and scope across committees.
 */
@LinliTest
class VotingTest {

    static final String HOME = "150104001002";
    static final String NEIGHBOUR = "150104001004";
    static final String VILLAGE = "150104100200";
    static final String ADULT = "r.status = 'LIVING' AND r.birth_date <= current_date - interval '18 years'";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Divisions divisions;
    @Autowired
    Bindings bindings;
    @Autowired
    Assemblies assemblies;
    @Autowired
    Representatives representatives;
    @Autowired
    PersonalData personalData;
    @Autowired
    RegistryLoader loader;

    // ------------------------------------------------------------------ binding (实名认证)

    @Test
    void aResidentBindsTheirAccountByNameAndIdNumberOnceAndOnlyInTheirCommittee() throws Exception {
        long residentId = residents(HOME, ADULT + " AND NOT EXISTS (SELECT 1 FROM resident_account b WHERE b.resident_id = r.id)", 1).get(0);
        String name = jdbc.sql("SELECT name FROM resident WHERE id = :r").param("r", residentId).query(String.class).single();
        String id = personalData.open(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :r").param("r", residentId)
                .query(byte[].class).single());
        account("bind-a", HOME, Role.RESIDENT);
        account("bind-b", HOME, Role.RESIDENT);

        char wrongCheck = id.charAt(17) == '0' ? '1' : '0';
        assertThat(bind("bind-a", name, id.substring(0, 17) + wrongCheck)).contains("身份证号校验位不正确").contains(name);
        assertThat(bind("bind-a", name + "甲", id)).contains("与五塔北街社区居委会的居民登记不一致")
                .doesNotContain(id);
        long neighbour = residents(NEIGHBOUR, ADULT, 1).get(0);
        String neighbourId = personalData.open(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :r").param("r", neighbour)
                .query(byte[].class).single());
        String neighbourName = jdbc.sql("SELECT name FROM resident WHERE id = :r").param("r", neighbour).query(String.class).single();
        assertThat(bind("bind-a", neighbourName, neighbourId)).contains("居民登记不一致");

        mvc.perform(post("/me/binding").param("name", name).param("idNumber", id.toLowerCase()).with(as("bind-a")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String me = mvc.perform(get("/me").with(as("bind-a"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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
        assertThat(me.age(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))).isGreaterThanOrEqualTo(18);
        assertThat(me.name()).startsWith("陈");
        assertThat(representatives.roster(committee(HOME))).hasSize(30)
                .filteredOn(p -> p.sex() == org.linli.shared.Sex.FEMALE).hasSizeGreaterThanOrEqualTo(10);
    }

    // ------------------------------------------------------------------ one person, one vote

    @Test
    void onePersonOneVoteAcrossTheHallAndTheOnlineHall() throws Exception {
        long topic = topicAtResolution("worker", "社区花园改造方案");
        long meeting = convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", topic);
        List<Person> roster = representatives.roster(committee(HOME));
        long online = roster.get(0).id();
        long hall = roster.get(1).id();
        String onlineVoter = voter(online, HOME);
        String hallVoter = voter(hall, HOME);

        assertThat(vote(onlineVoter, meeting, topic, "FOR")).isEqualTo("error:会议尚未开始表决");
        openVoting(meeting);
        assertThat(vote(onlineVoter, meeting, topic, "FOR")).startsWith("saved:投票成功：赞成");
        // Online first: present already, not signed in or counted again in the hall, nor online.
        assertThat(signIn(meeting, online)).contains("已在线上议事厅投票，已计入出席");
        assertThat(vote(onlineVoter, meeting, topic, "AGAINST")).isEqualTo("error:您已就该议题投过票，每人只能投一次");
        // In person first: no online ballot.
        assertThat(signIn(meeting, hall)).startsWith("saved:");
        assertThat(vote(hallVoter, meeting, topic, "AGAINST")).isEqualTo("error:您已在会场签到，请在会场表决，不能再在线投票");
        assertThat(page(hallVoter, "/topics/" + topic)).contains("议事中");
        assertThat(mvc.perform(get("/meetings/online").param("topic", String.valueOf(topic)).with(as(hallVoter)))
                .andReturn().getResponse().getContentAsString()).contains("您已在会场签到，请在会场表决");

        // The hall cannot count more than those signed in there.
        String tooMany = mvc.perform(post("/meetings/{id}/close", meeting).param("for_" + topic, "2").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooMany).contains("现场赞成、反对、弃权之和（2）不能超过现场签到的 1 人");
        close(meeting, Map.of("against_" + topic, "1"));
        assertThat(jdbc.sql("SELECT present || '/' || entitled FROM meeting WHERE id = (SELECT meeting_id FROM assembly WHERE id = :a)")
                .param("a", meeting).query(String.class).single()).isEqualTo("2/30");
        // 2 of 30 is no quorum: the minutes record no decision.
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_vote WHERE topic_id = :t").param("t", topic).query(Long.class).single()).isZero();
        assertThat(vote(onlineVoter, meeting, topic, "FOR")).isEqualTo("error:会议已结束，表决已截止");
    }

    @Test
    void twoConcurrentOnlineBallotsOfOnePersonCountOnce() throws Exception {
        long topic = topicAtResolution("worker", "楼道灯改造");
        long meeting = convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", topic);
        openVoting(meeting);
        long person = representatives.roster(committee(HOME)).get(2).id();
        CurrentUser voter = (CurrentUser) users.loadUserByUsername(voter(person, HOME));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String choice : List.of("FOR", "AGAINST")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    assemblies.voteOnline(meeting, topic, choice, voter);
                    return "counted";
                } catch (TopicRejected e) {
                    return e.getMessage();
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
        long topic = topicAtResolution("worker", "小区大门改造");
        long meeting = convene("worker", "RESIDENTS_MEETING", "HOUSEHOLDS", topic);
        long households = jdbc.sql("""
                        SELECT count(DISTINCT r.household_id) FROM resident r JOIN household h ON h.id = r.household_id
                        WHERE r.division_path LIKE (SELECT path FROM division WHERE code = :c) || '%' AND h.closed_on IS NULL""" + " AND " + ADULT)
                .param("c", HOME).query(Long.class).single();
        assertThat(jdbc.sql("SELECT entitled FROM assembly WHERE id = :a").param("a", meeting).query(Long.class).single())
                .isEqualTo(households);
        List<long[]> pairs = jdbc.sql("""
                        SELECT min(r.id), max(r.id) FROM resident r
                        WHERE r.division_path LIKE (SELECT path FROM division WHERE code = :c) || '%'""" + " AND " + ADULT + """
                         GROUP BY r.household_id HAVING count(*) >= 2 ORDER BY r.household_id LIMIT 2""")
                .param("c", HOME).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        openVoting(meeting);
        String first = voter(pairs.get(0)[0], HOME);
        String second = voter(pairs.get(0)[1], HOME);
        assertThat(vote(first, meeting, topic, "FOR")).startsWith("saved:");
        assertThat(vote(second, meeting, topic, "AGAINST")).isEqualTo("error:您家已就该议题投过票，每户只有一票");
        assertThat(signIn(meeting, pairs.get(0)[1])).contains("该户已由").contains("已在线上议事厅投票");
        // In the hall: one member signs in for the household, the other is refused.
        assertThat(signIn(meeting, pairs.get(1)[0])).isEqualTo("saved:" + Person.mask(name(pairs.get(1)[0])) + " 已代表本户签到");
        assertThat(signIn(meeting, pairs.get(1)[1])).contains("该户已由").contains("已在会场签到");
        assertThat(vote(voter(pairs.get(1)[1], HOME), meeting, topic, "FOR")).isEqualTo("error:您家已有人在会场签到，请在会场表决，不能再在线投票");
        assertThat(assemblies.attendance(assemblies.get(meeting, (CurrentUser) users.loadUserByUsername("worker"))).present()).isEqualTo(2);
    }

    @Test
    void residentsNotOnTheRollUnderEighteenOrOfAnotherCommitteeCannotVote() throws Exception {
        long topic = topicAtResolution("worker", "垃圾分类投放点调整");
        long reps = convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", topic);
        openVoting(reps);
        long notRepresentative = residents(HOME, ADULT + " AND r.id NOT IN (SELECT resident_id FROM representative)", 1).get(0);
        assertThat(vote(voter(notRepresentative, HOME), reps, topic, "FOR")).isEqualTo("error:您不在本次会议的代表名册上，不能参加本次表决");
        assertThat(signIn(reps, notRepresentative)).contains("不在本次会议的代表名册上");
        close(reps, Map.of());

        long persons = convene("worker", "RESIDENTS_MEETING", "PERSONS", topic);
        openVoting(persons);
        long minor = residents(HOME, "r.status = 'LIVING' AND r.birth_date > current_date - interval '17 years'", 1).get(0);
        assertThat(vote(voter(minor, HOME), persons, topic, "FOR")).contains("未满 18 周岁，没有表决权");
        assertThat(signIn(persons, minor)).contains("未满 18 周岁，没有表决权");
        // A resident of another committee: the meeting does not exist for them, and the hall does not sign them in.
        long outsider = residents(NEIGHBOUR, ADULT, 1).get(0);
        mvc.perform(post("/meetings/{id}/ballot", persons).param("topic", String.valueOf(topic)).param("choice", "FOR")
                .with(as(voter(outsider, NEIGHBOUR))).with(csrf())).andExpect(status().isNotFound());
        assertThat(signIn(persons, outsider)).contains("不是五塔北街社区居委会登记的居民");
        // A resident who has not bound their account is sent to do so.
        account("unbound", HOME, Role.RESIDENT);
        assertThat(vote("unbound", persons, topic, "FOR")).contains("请先在“我的信息”中完成实名认证");
        assertThat(jdbc.sql("SELECT count(*) FROM ballot WHERE assembly_id = :a").param("a", persons).query(Long.class).single()).isZero();
    }

    @Test
    void aMistakenSignInIsUndoneWhileTheMeetingIsOpenAndThePersonMayThenVoteOnline() throws Exception {
        long topic = topicAtResolution("worker", "电动车充电桩设置");
        long meeting = convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", topic);
        long person = representatives.roster(committee(HOME)).get(4).id();
        signInOk(meeting, person);
        openVoting(meeting);
        assertThat(flash(post("/meetings/{id}/sign-in/undo", meeting).param("resident", String.valueOf(person)), "worker"))
                .endsWith("的签到已撤销");
        assertThat(vote(voter(person, HOME), meeting, topic, "ABSTAIN")).startsWith("saved:");
        // An online ballot is the voter's own: the desk cannot take it back.
        assertThat(flash(post("/meetings/{id}/sign-in/undo", meeting).param("resident", String.valueOf(person)), "worker"))
                .isEqualTo("error:此人没有在会场签到，无需撤销");
        close(meeting, Map.of());
        assertThat(flash(post("/meetings/{id}/sign-in/undo", meeting).param("resident", String.valueOf(person)), "worker"))
                .isEqualTo("error:会议已结束，签到不能撤销");
    }

    @Test
    void theCommitteesWorkerKeepsTheRosterOfRepresentatives() throws Exception {
        List<long[]> households = village();
        assertThat(page("vworker", "/representatives")).contains("村民代表中妇女应占三分之一以上");
        long spouse = households.get(0)[1];
        assertThat(flash(post("/representatives").param("resident", String.valueOf(spouse)), "vworker")).isEqualTo("saved:已列入代表名册");
        assertThat(flash(post("/representatives").param("resident", String.valueOf(spouse)), "vworker")).contains("已在代表名册中");
        long child = jdbc.sql("SELECT id FROM resident WHERE household_id = (SELECT household_id FROM resident WHERE id = :s) AND relation = 'CHILD'")
                .param("s", spouse).query(Long.class).single();
        long townsman = residents(HOME, ADULT, 1).get(0);
        for (long other : List.of(child, townsman)) {
            assertThat(flash(post("/representatives").param("resident", String.valueOf(other)), "vworker"))
                    .isEqualTo("error:只能从本居（村）委会登记的 18 周岁以上在住居民中选定代表");
        }
        assertThat(representatives.roster(committee(VILLAGE))).hasSize(7);
        // Another committee's worker cannot take a representative off this roster; nor can staff outside committees see it.
        mvc.perform(post("/representatives/{r}/remove", spouse).with(as("worker")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/representatives").with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/representatives").with(as("resident"))).andExpect(status().isNotFound());
        assertThat(flash(post("/representatives/{r}/remove", spouse), "vworker")).startsWith("saved:已移出代表名册");
        assertThat(representatives.roster(committee(VILLAGE))).hasSize(6);
    }

    // ------------------------------------------------------------------ quorum from sign-ins

    @Test
    void quorumComesFromSignInsExactlyHalfIsNotEnoughHalfPlusOneIs() throws Exception {
        long topic = topicAtResolution("worker", "社区停车收费标准");
        List<Person> roster = representatives.roster(committee(HOME));
        long half = convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", topic);
        roster.subList(0, 15).forEach(p -> signInOk(half, p.id()));
        openVoting(half);
        close(half, Map.of("for_" + topic, "15"));
        assertThat(quorumReason(half)).isEqualTo("应到 30 人，实到 15 人，未达到半数，不能作出决定");
        assertThat(page("worker", "/meetings/" + half + "/minutes")).contains("未达法定人数，不作决定");

        long more = convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", topic);
        roster.subList(0, 16).forEach(p -> signInOk(more, p.id()));
        openVoting(more);
        close(more, Map.of("for_" + topic, "9", "against_" + topic, "7"));
        assertThat(quorumReason(more)).startsWith("应到 30 人，实到 16 人，超过半数");
        assertThat(jdbc.sql("SELECT passed FROM meeting_vote WHERE topic_id = :t").param("t", topic).query(Boolean.class).single()).isTrue();
        // The resolution from the roll-call opens the next stage of the procedure.
        mvc.perform(post("/topics/{id}/stages/1", topic).param("record", "居民代表会议通过").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String minutes = page("worker", "/meetings/" + more + "/minutes");
        assertThat(minutes).contains("出席 16 人，赞成 9、反对 7、弃权 0，赞成票过出席人数半数，通过").contains("缺席（14）")
                .contains(Person.mask(roster.get(0).name())).doesNotContain(">" + roster.get(0).name() + "<");
        assertThat(page("worker", "/meetings/" + more + "/minutes?full=true")).contains(roster.get(0).name());
    }

    @Test
    void aVillagersRepresentativesMeetingNeedsTwoThirdsAndAHouseholdMeetingTwoThirdsOfHouseholds() throws Exception {
        List<long[]> households = village();
        long reps = topicAtResolution("vworker", "村集体收益分配方案");
        long three = convene("vworker", "VILLAGERS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", reps);
        for (int i = 0; i < 3; i++) {
            signInOk(three, households.get(i)[0], "vworker");
        }
        openVoting(three, "vworker");
        close(three, Map.of("for_" + reps, "3"), "vworker");
        assertThat(quorumReason(three)).isEqualTo("应到 6 人，实到 3 人，未达到三分之二，不能作出决定");
        long four = convene("vworker", "VILLAGERS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", reps);
        for (int i = 0; i < 4; i++) {
            signInOk(four, households.get(i)[0], "vworker");
        }
        openVoting(four, "vworker");
        close(four, Map.of("for_" + reps, "3", "abstain_" + reps, "1"), "vworker");
        assertThat(quorumReason(four)).startsWith("应到 6 人，实到 4 人");
        assertThat(jdbc.sql("SELECT passed FROM meeting_vote WHERE topic_id = :t").param("t", reps).query(Boolean.class).single()).isTrue();

        // By household: 4 of 6 households is two thirds; 3 is not, however many adults come.
        long land = topicAtResolution("vworker", "土地承包调整方案");
        long few = convene("vworker", "VILLAGERS_MEETING", "HOUSEHOLDS", land);
        for (int i = 0; i < 3; i++) {
            signInOk(few, households.get(i)[0], "vworker");
        }
        openVoting(few, "vworker");
        close(few, Map.of(), "vworker");
        assertThat(quorumReason(few)).isEqualTo("应到 6 户，派代表参加 3 户，未达到三分之二，不能作出决定");
        long enough = convene("vworker", "VILLAGERS_MEETING", "HOUSEHOLDS", land);
        for (int i = 0; i < 4; i++) {
            signInOk(enough, households.get(i)[1], "vworker");
        }
        openVoting(enough, "vworker");
        close(enough, Map.of("for_" + land, "2", "against_" + land, "2"), "vworker");
        assertThat(quorumReason(enough)).isEqualTo("应到 6 户，派代表参加 4 户，达到三分之二，符合法定人数");
        assertThat(jdbc.sql("SELECT passed FROM meeting_vote WHERE topic_id = :t").param("t", land).query(Boolean.class).single()).isFalse();

        // A residents' meeting is not held in a village.
        assertThat(mvc.perform(post("/meetings").param("kind", "RESIDENTS_MEETING").param("basis", "PERSONS")
                        .param("heldOn", LocalDate.now(org.linli.shared.Times.zone()).toString()).param("place", "村委会").param("chair", "王").param("recorder", "李")
                        .param("topics", String.valueOf(land)).with(as("vworker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("东二道河村委会不召开居民会议");
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
        long topic = topicAtResolution("worker", "健身步道铺设");
        long meeting = convene("worker", "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", topic);
        account("worker004", NEIGHBOUR, Role.COMMUNITY_WORKER);
        long member = representatives.roster(committee(HOME)).get(3).id();
        mvc.perform(get("/meetings/{id}", meeting).with(as("worker004"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/minutes", meeting).with(as("worker004"))).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/sign-in", meeting).param("resident", String.valueOf(member)).with(as("worker004")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/close", meeting).with(as("worker004")).with(csrf())).andExpect(status().isNotFound());
        assertThat(page("worker004", "/meetings")).doesNotContain("/meetings/" + meeting + "\"");
        // Nor may they put another committee's topic on their agenda.
        assertThat(mvc.perform(post("/meetings").param("kind", "RESIDENTS_MEETING").param("basis", "PERSONS")
                .param("heldOn", LocalDate.now(org.linli.shared.Times.zone()).toString()).param("place", "会议室").param("chair", "甲").param("recorder", "乙")
                .param("topics", String.valueOf(topic)).with(as("worker004")).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        mvc.perform(get("/meetings/{id}", meeting).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/meetings/{id}", meeting).with(as("dept"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM ballot WHERE assembly_id = :a").param("a", meeting).query(Long.class).single()).isZero();
    }

    // ------------------------------------------------------------------ helpers

    private Division committee(String code) {
        return divisions.findByCode(code).orElseThrow();
    }

    private List<Long> residents(String code, String condition, int n) {
        return jdbc.sql("SELECT r.id FROM resident r WHERE r.division_path LIKE (SELECT path FROM division WHERE code = :c) || '%' AND "
                        + condition + " ORDER BY r.id LIMIT :n")
                .param("c", code).param("n", n).query(Long.class).list();
    }

    private String name(long residentId) {
        return jdbc.sql("SELECT name FROM resident WHERE id = :r").param("r", residentId).query(String.class).single();
    }

    private void account(String username, String code, Role role) {
        accounts.createSystemAccount(username, username, role, committee(code), "linli2026");
    }

    /** A resident account bound to the resident (made once, reused across tests). */
    private String voter(long residentId, String code) {
        List<String> bound = jdbc.sql("""
                        SELECT a.username FROM resident_account b JOIN account a ON a.id = b.account_id WHERE b.resident_id = :r""")
                .param("r", residentId).query(String.class).list();
        if (!bound.isEmpty()) {
            return bound.get(0);
        }
        String username = "voter-" + residentId;
        account(username, code, Role.RESIDENT);
        long accountId = accounts.findByUsername(username).orElseThrow().id();
        if (bindings.of(accountId).isEmpty()) {
            bindings.enrol(accountId, residentId, committee(code));
        }
        return username;
    }

    private String bind(String who, String name, String id) throws Exception {
        return mvc.perform(post("/me/binding").param("name", name).param("idNumber", id).with(as(who)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long topicAtResolution(String worker, String title) throws Exception {
        String location = mvc.perform(post("/topics").param("title", title).param("body", title + "，需要会议表决决定。")
                        .with(as(worker)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/topics/{id}/review", id).param("outcome", "ADMITTED").with(as(worker)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        int textStages = "VILLAGE".equals(jdbc.sql("SELECT procedure FROM topic WHERE id = :id").param("id", id)
                .query(String.class).single()) ? 3 : 1;
        for (int s = 0; s < textStages; s++) {
            mvc.perform(post("/topics/{id}/stages/{s}", id, s).param("record", "本阶段意见：同意提交表决").with(as(worker)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        return id;
    }

    private long convene(String worker, String kind, String basis, long topic) throws Exception {
        MvcResult result = mvc.perform(post("/meetings").param("kind", kind).param("basis", basis)
                        .param("heldOn", LocalDate.now(org.linli.shared.Times.zone()).toString()).param("place", "党群服务中心会议室").param("chair", "张丽")
                        .param("recorder", "李强").param("topics", String.valueOf(topic)).with(as(worker)).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isNotNull();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void openVoting(long meeting) throws Exception {
        openVoting(meeting, "worker");
    }

    private void openVoting(long meeting, String worker) throws Exception {
        assertThat(flash(post("/meetings/{id}/voting", meeting), worker)).startsWith("saved:");
    }

    /** "saved:…" or "error:…", as the page after the redirect shows it. */
    private String signIn(long meeting, long resident) throws Exception {
        return flash(post("/meetings/{id}/sign-in", meeting).param("resident", String.valueOf(resident)), "worker");
    }

    private void signInOk(long meeting, long resident) {
        signInOk(meeting, resident, "worker");
    }

    private void signInOk(long meeting, long resident, String worker) {
        try {
            assertThat(flash(post("/meetings/{id}/sign-in", meeting).param("resident", String.valueOf(resident)), worker))
                    .startsWith("saved:");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String vote(String who, long meeting, long topic, String choice) throws Exception {
        return flash(post("/meetings/{id}/ballot", meeting).param("topic", String.valueOf(topic)).param("choice", choice), who);
    }

    private String flash(MockHttpServletRequestBuilder request, String who) throws Exception {
        MvcResult result = mvc.perform(request.with(as(who)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        Object saved = result.getFlashMap().get("saved");
        return saved != null ? "saved:" + saved : "error:" + result.getFlashMap().get("error");
    }

    private void close(long meeting, Map<String, String> hall) throws Exception {
        close(meeting, hall, "worker");
    }

    private void close(long meeting, Map<String, String> hall, String worker) throws Exception {
        MockHttpServletRequestBuilder request = post("/meetings/{id}/close", meeting);
        hall.forEach(request::param);
        MvcResult result = mvc.perform(request.with(as(worker)).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isNotNull();
    }

    private String quorumReason(long meeting) {
        return jdbc.sql("SELECT quorum_reason FROM meeting WHERE id = (SELECT meeting_id FROM assembly WHERE id = :a)")
                .param("a", meeting).query(String.class).single();
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /**
     * A small village with a registry (the test district loads residents only for one street):
     * six households of two adults and a child, a village worker, and the six heads as the
     * villagers' representatives. Returns each household's two adults.
     */
    private synchronized List<long[]> village() {
        Division village = committee(VILLAGE);
        boolean loaded = jdbc.sql("SELECT count(*) > 0 FROM resident WHERE division_path LIKE :p || '%'").param("p", village.path())
                .query(Boolean.class).single();
        if (!loaded) {
            Division building = divisions.search("", new DataScope(village.path()), List.of(Level.BUILDING), 1).get(0);
            List<RegistryLoader.NewDwelling> dwellings = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                List<RegistryLoader.NewResident> members = List.of(
                        villager("王" + "一二三四五六".charAt(i) + "山", LocalDate.of(1970, 1, 1).plusDays(i), 1, Relation.HEAD),
                        villager("李" + "一二三四五六".charAt(i) + "花", LocalDate.of(1972, 1, 1).plusDays(i), 2, Relation.SPOUSE),
                        villager("王" + "一二三四五六".charAt(i) + "娃", LocalDate.now(org.linli.shared.Times.zone()).minusYears(10).plusDays(i), 3, Relation.CHILD));
                dwellings.add(new RegistryLoader.NewDwelling(building.id(), building.path(), null, null, 9, "90" + i,
                        "东二道河村 9 排 " + i + " 号", DwellingUse.RESIDENTIAL, BigDecimal.valueOf(120), Tenure.OWNED, members));
            }
            loader.load(dwellings);
            account("vworker", VILLAGE, Role.COMMUNITY_WORKER);
        }
        List<long[]> adults = jdbc.sql("""
                        SELECT min(r.id) FILTER (WHERE r.relation = 'HEAD'), min(r.id) FILTER (WHERE r.relation = 'SPOUSE')
                        FROM resident r WHERE r.division_path LIKE :p || '%' GROUP BY r.household_id ORDER BY r.household_id""")
                .param("p", village.path()).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (!loaded) {
            adults.forEach(a -> representatives.enrol(village, a[0], "test"));
        }
        return adults;
    }

    private static RegistryLoader.NewResident villager(String name, LocalDate born, int sequence, Relation relation) {
        String first17 = "159999" + born.toString().replace("-", "") + "%03d".formatted(sequence * 2 + (relation == Relation.SPOUSE ? 0 : 1));
        return new RegistryLoader.NewResident(name, new IdNumber(first17 + IdNumber.checkCharacter(first17)), null, "汉族",
                Registration.LOCAL, relation);
    }
}
