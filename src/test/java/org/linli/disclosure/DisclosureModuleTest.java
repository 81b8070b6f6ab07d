package org.linli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.DisclosureFixtures.item;
import static org.linli.testing.DisclosureFixtures.posting;
import static org.linli.testing.DisclosureFixtures.resolution;
import static org.linli.testing.DisclosureFixtures.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.deliberation.Board;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The disclosure module with the division tree it reads and the audit log it writes, on its own
 * database: the catalogue's periods and deadlines, and resolutions owed a posting at once.
 */
@ModuleTest(extraIncludes = {"division", "audit", "rules"})
class DisclosureModuleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Disclosures disclosures;

    @Autowired
    Compliance compliance;

    @Autowired
    Postings postings;

    @Autowired
    Board board;

    @Autowired
    Divisions divisions;

    @Autowired
    DivisionImporter importer;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyEndedPeriodWithoutAPostingIsAGapOverdueAfterItsGraceDays() {
        clock.setTo(at(LocalDate.of(2026, 2, 10)));
        Division committee = DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_COMMITTEE);
        List<Item> catalogue = disclosures.catalogue(committee);
        assertThat(catalogue).extracting(Item::since).containsOnly(LocalDate.of(2026, 1, 1));
        DataScope scope = new DataScope(committee.path());

        clock.setTo(at(LocalDate.of(2026, 11, 5)));
        List<Gap> gaps = compliance.gaps(scope, clock.today());
        // Monthly finances January–October, quarterly matters Q1–Q3; none posted; October's is due on 10 November.
        assertThat(gaps).filteredOn(g -> g.item().kind() == Kind.FINANCE).hasSize(10);
        assertThat(gaps).filteredOn(g -> g.item().kind() == Kind.GENERAL).hasSize(3);
        assertThat(gaps).filteredOn(g -> g.item().kind() == Kind.FINANCE && !g.overdue())
                .extracting(g -> g.period().label()).containsExactly("2026年10月");
        assertThat(gaps).filteredOn(g -> g.item().kind() == Kind.MICRO_POWER).isEmpty();

        // October's finances: due on the tenth day after the month, late on the eleventh.
        clock.setTo(at(LocalDate.of(2026, 11, 10)));
        assertThat(october(scope)).extracting(Gap::overdue).containsExactly(false);
        clock.setTo(at(LocalDate.of(2026, 11, 11)));
        assertThat(october(scope)).extracting(Gap::overdue).containsExactly(true);

        // A posting for the period fills the gap, even late.
        postings.publish(committee, posting(item(catalogue, Kind.FINANCE), "2026年10月", "2026年10月财务收支公开", null),
                worker(committee));
        assertThat(october(scope)).isEmpty();
    }

    private List<Gap> october(DataScope scope) {
        return compliance.gaps(scope, clock.today()).stream()
                .filter(g -> g.item().kind() == Kind.FINANCE && g.period().label().equals("2026年10月")).toList();
    }

    @Test
    void aResolutionIsOwedAtOnceAndLateAfterTheGraceDaysUntilAPostingRefersToIt() {
        Division committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        LocalDate decided = LocalDate.of(2026, 6, 1);
        clock.setTo(at(decided));
        transaction.executeWithoutResult(tx -> events.publishEvent(resolution(9001, committee, "加装电梯方案", decided)));
        Events.settle(registry);
        DataScope scope = new DataScope(committee.path());
        assertThat(disclosures.unposted(committee)).extracting(Resolution::topicId).containsExactly(9001L);

        // Major matters have five grace days: due on 6 June, late on the 7th.
        clock.setTo(at(decided.plusDays(5)));
        assertThat(owed(scope, 9001)).extracting(Gap::overdue).containsExactly(false);
        assertThat(owed(scope, 9001).getFirst().period().due()).isEqualTo(LocalDate.of(2026, 6, 6));
        clock.setTo(at(decided.plusDays(6)));
        assertThat(owed(scope, 9001)).extracting(Gap::overdue).containsExactly(true);

        // Only a posting of major matters refers to a resolution; one that names none leaves it owed.
        List<Item> catalogue = disclosures.catalogue(committee);
        assertThatThrownBy(() -> postings.publish(committee, posting(item(catalogue, Kind.FINANCE), "2026年6月", "电梯资金", 9001L),
                worker(committee))).isInstanceOf(Refusal.class).hasMessageContaining("disclosure.resolution.major-only");
        assertThatThrownBy(() -> postings.publish(committee, posting(item(catalogue, Kind.MAJOR), "2026-06-07", "他社区决议", 9999L),
                worker(committee))).isInstanceOf(Refusal.class).hasMessageContaining("disclosure.resolution.unknown");
        postings.publish(committee, posting(item(catalogue, Kind.MAJOR), "2026-06-07", "居民议事会通知", null), worker(committee));
        assertThat(owed(scope, 9001)).hasSize(1);
        postings.publish(committee, posting(item(catalogue, Kind.MAJOR), "2026-06-07", "加装电梯方案决议公告", 9001L),
                worker(committee));
        assertThat(owed(scope, 9001)).isEmpty();
        assertThat(disclosures.unposted(committee)).extracting(Resolution::topicId).doesNotContain(9001L);
    }

    @Test
    void deliberationsBoardPostsAtOnceAndSettlesTheResolution() {
        Division committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        LocalDate decided = clock.today();
        transaction.executeWithoutResult(tx -> events.publishEvent(resolution(9002, committee, "停车位收费调整", decided)));
        Events.settle(registry);
        // The same event delivered again (after a crash) records nothing twice.
        transaction.executeWithoutResult(tx -> events.publishEvent(resolution(9002, committee, "停车位收费调整", decided)));
        Events.settle(registry);
        assertThat(disclosures.unposted(committee)).filteredOn(r -> r.topicId() == 9002).hasSize(1);

        long id = board.post(committee.id(), 9002, "公布告知：停车位收费调整", "经居民会议表决通过，自下月起调整。", "worker");
        Posting posted = disclosures.history(committee, 50).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        assertThat(posted.topicId()).isEqualTo(9002);
        assertThat(posted.periodLabel()).isEqualTo(decided.toString());
        assertThat(posted.displayUntil()).isEqualTo(decided.plusDays(30));
        assertThat(disclosures.unposted(committee)).extracting(Resolution::topicId).doesNotContain(9002L);
        assertThat(disclosures.onDisplay(committee, clock.today())).extracting(Posting::id).contains(id);
        clock.setTo(at(decided.plusDays(31)));
        assertThat(disclosures.onDisplay(committee, clock.today())).extracting(Posting::id).doesNotContain(id);
    }

    @Test
    void aResolutionWhoseChangeRolledBackIsNeverOwed() {
        Division committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(resolution(9003, committee, "撤回的决议", clock.today()));
            tx.setRollbackOnly();
        });
        Events.settle(registry);
        assertThat(disclosures.unposted(committee)).extracting(Resolution::topicId).doesNotContain(9003L);
    }

    private List<Gap> owed(DataScope scope, long topicId) {
        return compliance.gaps(scope, clock.today()).stream()
                .filter(g -> g.resolution() != null && g.resolution().topicId() == topicId).toList();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(ZONE).toInstant();
    }
}
