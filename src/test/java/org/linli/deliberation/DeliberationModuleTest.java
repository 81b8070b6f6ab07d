package org.linli.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.linli.testing.DeliberationFixtures.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.access.Accounts;
import org.linli.casework.CaseClosed;
import org.linli.casework.CaseOpened;
import org.linli.casework.CaseRequested;
import org.linli.deliberation.meetings.Ballots;
import org.linli.deliberation.meetings.CastBallot;
import org.linli.deliberation.meetings.Choice;
import org.linli.deliberation.meetings.CloseMeeting;
import org.linli.deliberation.meetings.Closing;
import org.linli.deliberation.meetings.ConveneMeeting;
import org.linli.deliberation.meetings.Convening;
import org.linli.deliberation.meetings.Basis;
import org.linli.deliberation.meetings.MeetingKind;
import org.linli.deliberation.meetings.Meetings;
import org.linli.deliberation.meetings.RecordMeeting;
import org.linli.deliberation.meetings.SignIns;
import org.linli.deliberation.topics.CloseStage;
import org.linli.deliberation.topics.PreReview;
import org.linli.deliberation.topics.ProposeTopic;
import org.linli.deliberation.topics.Proposals;
import org.linli.deliberation.topics.ReviewTopic;
import org.linli.deliberation.topics.Stages;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.TopicStatus;
import org.linli.deliberation.topics.Topics;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.registry.DwellingUse;
import org.linli.registry.LivingStatus;
import org.linli.registry.Registration;
import org.linli.registry.RegistryLoader;
import org.linli.registry.Relation;
import org.linli.registry.ResidentChanged;
import org.linli.registry.Tenure;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.IdNumber;
import org.linli.shared.Role;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deliberation module with what it depends on, on a database of its own: a committee with a
 * few households, its worker and residents. What it says to other modules and hears from them:
 * a referred topic asks the case loop for a case and records the case loop's answers; a meeting
 * that passes a topic says so, whether its counts were typed or taken on a roll; a resident the
 * registry says moved away leaves the roster, and their binding no longer votes.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class DeliberationModuleTest {

    private static final String COMMITTEE = "159901001002";

    /** The disclosure board lives in the disclosure module, which is not started here. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NoBoard {

        @Bean
        Board board() {
            return (committeeId, topicId, heading, text, postedBy) -> {
                throw new IllegalStateException("no board in the deliberation module's own test");
            };
        }
    }

    record User(long accountId, String username, String displayName, Role role, long divisionId, DataScope scope)
            implements CurrentUser {
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    Accounts accounts;
    @Autowired
    RegistryLoader loader;
    @Autowired
    TestClock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Topics topics;
    @Autowired
    Proposals proposals;
    @Autowired
    PreReview preReview;
    @Autowired
    Stages stages;
    @Autowired
    Meetings meetings;
    @Autowired
    Convening convening;
    @Autowired
    SignIns signIns;
    @Autowired
    Ballots ballots;
    @Autowired
    Closing closing;
    @Autowired
    Representatives representatives;
    @Autowired
    Bindings bindings;

    Division committee;
    User worker;

    @BeforeEach
    void aCommitteeWithAFewHouseholds() {
        committee = divisions.findByCode(COMMITTEE).orElseGet(() -> {
            long root = jdbc.sql("SELECT id FROM division WHERE path = '/'").query(Long.class).single();
            long province = division(root, "15", "测试省", "PROVINCE", null, "/15/");
            long city = division(province, "1599", "测试市", "CITY", null, "/15/1599/");
            long county = division(city, "159901", "测试区", "COUNTY", null, "/15/1599/159901/");
            long street = division(county, "159901001", "测试街道", "STREET", "STREET_OFFICE", "/15/1599/159901/159901001/");
            String path = "/15/1599/159901/159901001/" + COMMITTEE + "/";
            long c = division(street, COMMITTEE, "测试社区居委会", "COMMITTEE", "RESIDENTS_COMMITTEE", path);
            long grid = division(c, COMMITTEE + "001", "第一网格", "GRID", null, path + COMMITTEE + "001/");
            long building = division(grid, COMMITTEE + "001001", "1 号楼", "BUILDING", null,
                    path + COMMITTEE + "001/" + COMMITTEE + "001001/");
            households(building, path + COMMITTEE + "001/" + COMMITTEE + "001001/");
            Division made = divisions.findByCode(COMMITTEE).orElseThrow();
            accounts.createSystemAccount("m-worker", "社区工作者", Role.COMMUNITY_WORKER, made, "linli2026");
            return made;
        });
        worker = user("m-worker", Role.COMMUNITY_WORKER);
    }

    // ------------------------------------------------------------------ the case loop

    @Test
    void aReferredTopicAsksTheCaseLoopForACaseAndRecordsItsAnswers(Scenario scenario) {
        long id = proposals.propose(new ProposeTopic("楼顶漏水需要维修", "5 号楼楼顶漏水，属于物业维修范围。", null, ""), worker);
        // The category is the case loop's: one it does not have is refused before anything is asked.
        assertThat(text(catchThrowable(() -> preReview.review(id, new ReviewTopic(TopicStatus.REFERRED, "转诉求", null, "NO_SUCH", null),
                worker)))).isEqualTo("没有诉求类别“NO_SUCH”，请重新选择");

        scenario.stimulate(() -> preReview.review(id, new ReviewTopic(TopicStatus.REFERRED, "属于物业维修，转诉求办理", null, "PROPERTY", null),
                        worker))
                .andWaitForEventOfType(CaseRequested.class)
                .matchingMappedValue(CaseRequested::requestKey, "topic-referral-" + id)
                .toArriveAndVerify(request -> {
                    assertThat(request.committeeId()).isEqualTo(committee.id());
                    assertThat(request.category()).isEqualTo("PROPERTY");
                    assertThat(request.title()).isEqualTo("楼顶漏水需要维修");
                    assertThat(request.reporterName()).isEqualTo("m-worker");
                });
        assertThat(topics.get(id, worker).status()).isEqualTo(TopicStatus.REFERRED);

        // Once the case loop listens to the request it answers by itself (its own tests say so);
        // until then this test answers for it, as the case loop's event would.
        Events.settle(registry);
        if (topics.get(id, worker).referredCaseId() == null) {
            scenario.publish(new CaseOpened(900_001L, "C-TEST-1", "T1", committee.path(), "topic-referral-" + id))
                    .andWaitForStateChange(() -> topics.get(id, worker).referredCaseId())
                    .andVerify(caseId -> assertThat(caseId).isEqualTo(900_001L));
        }
        Topic referred = topics.get(id, worker);
        assertThat(referred.referredCaseNumber()).isNotBlank();
        assertThat(referred.referredCaseClosedAt()).isNull();
        // Another module's case, with a key of its own, is not ours to record.
        transaction.executeWithoutResult(tx -> events.publishEvent(new CaseOpened(900_002L, "C-TEST-2", "T2", committee.path(),
                "open311-7-" + id)));
        Events.settle(registry);
        assertThat(topics.get(id, worker).referredCaseId()).isEqualTo(referred.referredCaseId());

        OffsetDateTime closedAt = clock.now();
        scenario.publish(new CaseClosed(referred.referredCaseId(), referred.referredCaseNumber(), committee.path(), closedAt, true,
                        "topic-referral-" + id))
                .andWaitForStateChange(() -> topics.get(id, worker).referredCaseClosedAt())
                .andVerify(at -> assertThat(at).isNotNull());
        assertThat(topics.get(id, worker).referredCaseId()).isEqualTo(referred.referredCaseId());
    }

    // ------------------------------------------------------------------ resolutions

    @Test
    void aTypedMeetingThatPassesATopicSaysSo(Scenario scenario) {
        long id = atResolution("楼道照明改造");
        LocalDate heldOn = clock.today().minusDays(1);
        scenario.stimulate(() -> meetings.hold(id, new RecordMeeting(MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING, heldOn, "张丽", "李强",
                        30, 20, 0, 0, 18, 1, 1), worker))
                .andWaitForEventOfType(ResolutionPassed.class)
                .matchingMappedValue(ResolutionPassed::topicId, id)
                .toArriveAndVerify(passed -> {
                    assertThat(passed.committeeId()).isEqualTo(committee.id());
                    assertThat(passed.committeePath()).isEqualTo(committee.path());
                    assertThat(passed.title()).isEqualTo("楼道照明改造");
                    assertThat(passed.decidedOn()).isEqualTo(heldOn);
                });
    }

    @Test
    void aMeetingOnARollThatPassesATopicSaysSoAndOneThatFailsDoesNot(Scenario scenario) {
        long passing = atResolution("小区绿化补种");
        long failing = atResolution("小区停车收费");
        long meeting = convening.convene(new ConveneMeeting(MeetingKind.RESIDENTS_MEETING, Basis.PERSONS, clock.today(), "会议室", "张丽",
                "李强", List.of(passing, failing), false, "", ""), worker);
        List<Long> adults = adults();
        adults.subList(0, adults.size() / 2 + 1).forEach(r -> signIns.signIn(meeting, r, worker));
        int present = adults.size() / 2 + 1;
        CloseMeeting hall = new CloseMeeting(Map.of(passing, new CloseMeeting.Count(present, 0, 0),
                failing, new CloseMeeting.Count(1, present - 1, 0)));
        scenario.stimulate(() -> closing.close(meeting, hall, worker))
                .andWaitForStateChange(() -> meetings.passed(passing))
                .andVerifyEvents(events -> {
                    assertThat(events.ofType(ResolutionPassed.class).matching(e -> e.topicId() == passing))
                            .singleElement().satisfies(e -> assertThat(e.decidedOn()).isEqualTo(clock.today()));
                    assertThat(events.ofType(ResolutionPassed.class).matching(e -> e.topicId() == failing)).isEmpty();
                });
    }

    // ------------------------------------------------------------------ the registry's changes

    @Test
    void aRepresentativeWhoMovedAwayLeavesTheRosterAndTheirBindingStopsVoting(Scenario scenario) {
        List<Long> adults = adults();
        long leaving = adults.get(0);
        long staying = adults.get(1);
        for (long r : List.of(leaving, staying)) {
            if (representatives.roster(committee).stream().noneMatch(p -> p.id() == r)) {
                representatives.enrol(committee, r, "test");
            }
        }
        accounts.createSystemAccount("m-leaving", "将迁出的居民", Role.RESIDENT, committee, "linli2026");
        User resident = user("m-leaving", Role.RESIDENT);
        if (bindings.of(resident.accountId()).isEmpty()) {
            bindings.enrol(resident.accountId(), leaving, committee);
        }
        long topic = atResolution("健身器材更新");
        long meeting = convening.convene(new ConveneMeeting(MeetingKind.RESIDENTS_MEETING, Basis.PERSONS, clock.today(), "会议室", "张丽",
                "李强", List.of(topic), false, "", ""), worker);
        ballots.openVoting(meeting, worker);

        long household = jdbc.sql("SELECT household_id FROM resident WHERE id = :r").param("r", leaving).query(Long.class).single();
        scenario.publish(new ResidentChanged(leaving, household, committee.path() + COMMITTEE + "001/", LivingStatus.MOVED_AWAY, "迁出"))
                .andWaitForStateChange(() -> bindings.of(resident.accountId()).map(Bindings.Bound::lapsed).orElse(false),
                        Boolean::booleanValue)
                .andVerify(lapsed -> assertThat(lapsed).isTrue());
        assertThat(representatives.roster(committee)).extracting(Person::id).contains(staying).doesNotContain(leaving);
        assertThat(text(catchThrowable(() -> ballots.vote(meeting, new CastBallot(topic, Choice.FOR), resident))))
                .isEqualTo("登记显示您已迁出或已故，实名认证已失效，不能参加线上表决");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'REPRESENTATIVE' AND detail LIKE '移出代表名册（居民登记：迁出）'")
                .query(Long.class).single()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ steps

    /** A topic of the committee admitted and at its vote. */
    private long atResolution(String title) {
        long id = proposals.propose(new ProposeTopic(title, title + "：居民提出，需协商确定方案。", null, ""), worker);
        preReview.review(id, new ReviewTopic(TopicStatus.ADMITTED, "", null, null, null), worker);
        stages.close(id, 0, new CloseStage("议案：" + title), worker);
        return id;
    }

    private List<Long> adults() {
        return jdbc.sql("SELECT id FROM resident WHERE division_path LIKE :p || '%' AND birth_date <= :adult ORDER BY id")
                .param("p", committee.path()).param("adult", clock.today().minusYears(18)).query(Long.class).list();
    }

    private User user(String username, Role role) {
        var account = accounts.findByUsername(username).orElseThrow();
        return new User(account.id(), username, username, role, committee.id(), new DataScope(committee.path()));
    }

    private long division(long parent, String code, String name, String level, String kind, String path) {
        return jdbc.sql("""
                        INSERT INTO division (code, name, level, kind, parent_id, path) VALUES (:c, :n, :l, :k, :p, :path)
                        RETURNING id""")
                .param("c", code).param("n", name).param("l", level).param("k", kind).param("p", parent).param("path", path)
                .query(Long.class).single();
    }

    /** Three households of two adults and a child each. */
    private void households(long building, String buildingPath) {
        List<RegistryLoader.NewDwelling> dwellings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<RegistryLoader.NewResident> members = List.of(
                    resident("赵" + "一二三".charAt(i) + "民", LocalDate.of(1975, 3, 1).plusDays(i), 1, Relation.HEAD),
                    resident("钱" + "一二三".charAt(i) + "英", LocalDate.of(1977, 3, 1).plusDays(i), 2, Relation.SPOUSE),
                    resident("赵" + "一二三".charAt(i) + "宝", clock.today().minusYears(8).plusDays(i), 3, Relation.CHILD));
            dwellings.add(new RegistryLoader.NewDwelling(building, buildingPath, null, null, 1, "10" + i, "测试社区 1 号楼 10" + i + " 室",
                    DwellingUse.RESIDENTIAL, BigDecimal.valueOf(80), Tenure.OWNED, members));
        }
        transaction.executeWithoutResult(tx -> loader.load(dwellings));
    }

    private static RegistryLoader.NewResident resident(String name, LocalDate born, int sequence, Relation relation) {
        String first17 = "159901" + born.toString().replace("-", "") + "%03d".formatted(sequence * 2 + (relation == Relation.SPOUSE ? 0 : 1));
        return new RegistryLoader.NewResident(name, new IdNumber(first17 + IdNumber.checkCharacter(first17)), null, "汉族",
                Registration.LOCAL, relation);
    }
}
