package org.linli.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.access.Accounts;
import org.linli.casework.intake.Intake;
import org.linli.casework.intake.NewCase;
import org.linli.casework.intake.Submitter;
import org.linli.casework.internal.CaseMoves;
import org.linli.casework.internal.Move;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case loop on its own (with the modules it uses), on an empty database: a case another module
 * asks for is opened once however often the request comes, and answered; closing a case is told.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(CaseworkModuleTest.Heard.class)
class CaseworkModuleTest {

    /** What the case loop published, as another module would hear it. */
    static class Heard {

        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void opened(CaseOpened e) {
            events.add(e);
        }

        @EventListener
        void closed(CaseClosed e) {
            events.add(e);
        }

        <T> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    Heard heard;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @Autowired
    UserDetailsService users;

    @Autowired
    Intake intake;

    @Autowired
    CaseMoves moves;

    Division committee;

    @BeforeEach
    void aCommitteeAndItsWorker() {
        CaseworkFixtures.district(jdbc);
        committee = divisions.findByCode(CaseworkFixtures.COMMITTEE).orElseThrow();
        if (accounts.findByUsername("clerk").isEmpty()) {
            accounts.createSystemAccount("clerk", "李文", Role.COMMUNITY_WORKER, committee, "clerk-pass-1");
        }
    }

    @Test
    void aRequestedCaseIsOpenedOnceHoweverOftenItIsAskedForAndAnswered() {
        CaseRequested request = new CaseRequested("topic-referral-101", committee.id(), "PROPERTY", "三号楼加装电梯",
                "三号楼居民提议加装电梯，需物业配合勘查", "王大爷", "clerk");
        publishTwice(request);

        assertThat(jdbc.sql("SELECT count(*) FROM case_record WHERE submission_key = 'topic-referral-101'").query(Long.class).single())
                .isEqualTo(1);
        record Opened(String channel, String createdBy, String reporterName, String divisionPath, String requestKey) {
        }
        assertThat(jdbc.sql("""
                        SELECT channel, created_by, reporter_name, division_path, request_key FROM case_record
                        WHERE submission_key = 'topic-referral-101'""").query(Opened.class).single())
                .isEqualTo(new Opened("WALK_IN", "clerk", "王大爷", committee.path(), "topic-referral-101"));
        List<CaseOpened> answers = heard.of(CaseOpened.class).stream().filter(o -> "topic-referral-101".equals(o.requestKey())).toList();
        assertThat(answers).hasSize(1);
        assertThat(answers.getFirst().divisionPath()).isEqualTo(committee.path());
        assertThat(answers.getFirst().trackingCode()).matches("[2-9A-Z]{8}");
    }

    @Test
    void anotherModulesRequestKeyFindsNothingForAStranger() {
        publishTwice(new CaseRequested("topic-referral-104", committee.id(), "PROPERTY", "外墙脱落", "五号楼外墙瓷砖脱落",
                "赵阿姨", "clerk"));
        long requested = jdbc.sql("SELECT id FROM case_record WHERE submission_key = 'topic-referral-104'").query(Long.class).single();

        Submitter stranger = new Submitter("居民", Role.RESIDENT, org.linli.shared.DataScope.COUNTRY, null, null).inSession("s-1");
        Intake.Opened opened = intake.open(new NewCase("SANITATION", committee.code(), null, "楼下垃圾桶满溢三天", Channel.RESIDENT,
                null, null, "13900002222", null, null, null, "topic-referral-104", List.of()), stranger);
        assertThat(opened.caseId()).isNotEqualTo(requested);
        assertThat(opened.duplicate()).isFalse();
    }

    @Test
    void aRequestTheIntakeRefusesOpensNothingAndIsNotAskedAgain() {
        publishTwice(new CaseRequested("topic-referral-102", committee.id(), "PROPERTY", "无人提交", "这份请求没有经办人账户",
                null, "nobody"));
        assertThat(jdbc.sql("SELECT count(*) FROM case_record WHERE submission_key = 'topic-referral-102'").query(Long.class).single())
                .isZero();
        assertThat(registry.findIncompletePublications()).isEmpty();
    }

    @Test
    void everyChannelTellsItOpenedACaseAndClosingIsTold() {
        CurrentUser clerk = (CurrentUser) users.loadUserByUsername("clerk");
        Intake.Opened opened = intake.open(new NewCase("SANITATION", committee.code(), "楼道堆物", "楼道里堆满了旧家具", Channel.PHONE,
                null, null, null, null, null, null, null, List.of()), Submitter.staff(clerk));
        assertThat(heard.of(CaseOpened.class)).anyMatch(o -> o.caseId() == opened.caseId() && o.requestKey() == null);

        for (CaseStatus to : List.of(CaseStatus.ACCEPTED, CaseStatus.VERIFYING, CaseStatus.CLOSED)) {
            moves.move(opened.caseId(), new Move(to, "已清理", List.of()), clerk);
        }
        List<CaseClosed> closed = heard.of(CaseClosed.class).stream().filter(c -> c.caseId() == opened.caseId()).toList();
        assertThat(closed).hasSize(1);
        assertThat(closed.getFirst().onTime()).isTrue();
        assertThat(closed.getFirst().number()).isEqualTo(opened.number());
        assertThat(closed.getFirst().requestKey()).isNull();
    }

    @Test
    void closingARequestedCaseNamesTheRequest() {
        publishTwice(new CaseRequested("topic-referral-103", committee.id(), "NOISE", "广场舞噪声", "广场舞音响太大，影响休息",
                null, "clerk"));
        long id = jdbc.sql("SELECT id FROM case_record WHERE submission_key = 'topic-referral-103'").query(Long.class).single();
        CurrentUser clerk = (CurrentUser) users.loadUserByUsername("clerk");
        for (CaseStatus to : List.of(CaseStatus.ACCEPTED, CaseStatus.VERIFYING, CaseStatus.CLOSED)) {
            moves.move(id, new Move(to, "已协调", List.of()), clerk);
        }
        assertThat(heard.of(CaseClosed.class)).anyMatch(c -> c.caseId() == id && "topic-referral-103".equals(c.requestKey()));
    }

    /** As the asker does it: in its own transaction; and again, as a redelivery after a crash would. */
    private void publishTwice(CaseRequested request) {
        for (int i = 0; i < 2; i++) {
            tx.executeWithoutResult(status -> publisher.publishEvent(request));
            Events.settle(registry);
        }
    }
}
