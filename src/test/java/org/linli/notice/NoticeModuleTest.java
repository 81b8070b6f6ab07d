package org.linli.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.PersonalData;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.NoticeFixtures;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notice module with the registry (whose vault seals recipients) on its own database: notices
 * and text messages other modules publish are stored once their change commits, never when it
 * rolls back, and a department's notice reaches the accounts the {@link Memberships} name.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class NoticeModuleTest {

    /** The case loop's part, played by the test: which departments each account acts for. */
    @TestConfiguration
    static class Departments {

        static final Map<Long, Set<Long>> MEMBERS = new ConcurrentHashMap<>();

        @Bean
        Memberships memberships() {
            return account -> MEMBERS.getOrDefault(account, Set.of());
        }
    }

    @Autowired
    Notices notices;

    @Autowired
    Outbox outbox;

    @Autowired
    RecordingGateway gateway;

    @Autowired
    PersonalData personal;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DivisionImporter importer;

    @Autowired
    Divisions divisions;

    @Autowired
    org.linli.testing.TestClock clock;

    Division committee;
    TestUser worker;

    @BeforeEach
    void committeeAndItsWorker() {
        committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        worker = TestUser.withAccount(jdbc, "n-worker", "张丽", Role.COMMUNITY_WORKER, committee);
    }

    @Test
    void noticesAndMessagesAreStoredOnceTheirChangeCommits() {
        var phone = personal.sealPhone("13812340001");
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(Notice.toRole(Role.COMMUNITY_WORKER, committee.id(), null, "新诉求待受理：路灯不亮", "/cases"));
            events.publishEvent(TextMessage.sms(phone.cipher(), phone.mask(), "您反映的问题已受理，查询码 N1CODE23", committee.path(),
                    "N1CODE23"));
        });
        Events.settle(registry);

        assertThat(notices.recent(worker, 10)).extracting(Notices.Entry::text).contains("新诉求待受理：路灯不亮");
        assertThat(notices.unread(worker)).isPositive();
        DataScope here = new DataScope(committee.path());
        // Administrators see the message without its tracking code, which is the reporter's alone.
        assertThat(outbox.recent(here, 10)).filteredOn(m -> m.text().contains("您反映的问题已受理"))
                .extracting(Outbox.Message::recipientMask, Outbox.Message::text, Outbox.Message::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("138****0001", "您反映的问题已受理，查询码 ********", "PENDING"));
        // Another district's administrators do not see it at all.
        DataScope elsewhere = new DataScope("/150105/");
        assertThat(outbox.recent(elsewhere, 10)).isEmpty();
        assertThat(outbox.pending(elsewhere)).isZero();
        outbox.deliver();
        assertThat(gateway.sent()).anyMatch(m -> m.recipient().equals("13812340001") && m.text().contains("查询码 N1CODE23"));
        assertThat(outbox.recent(here, 10)).filteredOn(m -> m.text().contains("您反映的问题已受理")).extracting(Outbox.Message::status)
                .containsExactly("SENT");
    }

    @Test
    void aChangeThatRollsBackTellsNoOne() {
        var phone = personal.sealPhone("13812340002");
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(Notice.toRole(Role.COMMUNITY_WORKER, committee.id(), null, "撤回的诉求", "/cases"));
            events.publishEvent(TextMessage.sms(phone.cipher(), phone.mask(), "撤回的短信", committee.path(), null));
            tx.setRollbackOnly();
        });
        Events.settle(registry);

        assertThat(notices.recent(worker, 50)).extracting(Notices.Entry::text).doesNotContain("撤回的诉求");
        assertThat(outbox.recent(DataScope.COUNTRY, 50)).extracting(Outbox.Message::text).doesNotContain("撤回的短信");
    }

    @Test
    void aDepartmentsNoticeReachesItsMembersOnly() {
        Division district = divisions.findByCode("150104").orElseThrow();
        long department = NoticeFixtures.department(jdbc, "N-CGJ", "城管执法局", district);
        TestUser member = TestUser.withAccount(jdbc, "n-dept", "赵敏", Role.DEPARTMENT_STAFF, district);
        TestUser other = TestUser.withAccount(jdbc, "n-dept2", "孙涛", Role.DEPARTMENT_STAFF, district);
        Departments.MEMBERS.put(member.accountId(), Set.of(department));

        transaction.executeWithoutResult(tx -> events.publishEvent(
                Notice.toDepartment(department, null, "请签收吹哨：占道经营", "/cases")));
        Events.settle(registry);

        assertThat(notices.recent(member, 10)).extracting(Notices.Entry::text).contains("请签收吹哨：占道经营");
        assertThat(notices.recent(other, 10)).extracting(Notices.Entry::text).doesNotContain("请签收吹哨：占道经营");
        long unread = notices.unread(member);
        assertThat(unread).isPositive();
        notices.readAll(member);
        assertThat(notices.unread(member)).isZero();
        assertThat(notices.recent(member, 10)).allMatch(Notices.Entry::read);
    }

    /** Issue #12: the bell counts at most a hundred ("99+"), and "all read" is one row, so neither grows with new cases. */
    @Test
    void theBellCountsUpToAHundredAndReadAllIsOneRow() {
        TestUser busy = TestUser.withAccount(jdbc, "n-grid", "刘强", Role.GRID_WORKER, committee);
        for (int i = 0; i < 150; i++) {
            notices.store(Notice.toRole(Role.GRID_WORKER, committee.id(), null, "新诉求待受理：楼道堆物 " + i, "/cases"));
        }
        notices.store(Notice.toAccount(busy.accountId(), null, "您的意见已答复：采纳", "/consultations"));
        assertThat(notices.unread(busy)).isEqualTo(Notices.UNREAD_CAP);
        notices.readAll(busy);
        assertThat(notices.unread(busy)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM notification_read WHERE account_id = :a").param("a", busy.accountId())
                .query(Long.class).single()).isZero();
        assertThat(notices.recent(busy, 200)).hasSize(151).allMatch(Notices.Entry::read);
        clock.advance(java.time.Duration.ofSeconds(1));
        notices.store(Notice.toRole(Role.GRID_WORKER, committee.id(), null, "新诉求待受理：路灯不亮", "/cases"));
        assertThat(notices.unread(busy)).isOne();
        assertThat(notices.recent(busy, 1)).extracting(Notices.Entry::read).containsExactly(false);
    }
}
