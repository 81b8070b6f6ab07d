package org.linli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.DisclosureFixtures.item;
import static org.linli.testing.DisclosureFixtures.posting;
import static org.linli.testing.DisclosureFixtures.resolution;
import static org.linli.testing.DisclosureFixtures.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.rules.RuleBook;
import org.linli.shared.DataScope;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.RulesFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The disclosure rules through the rule book, each at its boundaries: a street sets its own value
 * from a date, and the committees under it follow from that date on while others keep the national
 * default. Each test sets values for a street of its own, since the tests share one database.
 */
@ModuleTest(extraIncludes = {"division", "audit", "rules"})
class DisclosureRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    RuleBook book;

    @Autowired
    Disclosures disclosures;

    @Autowired
    Compliance compliance;

    @Autowired
    Postings postings;

    @Autowired
    Divisions divisions;

    @Autowired
    DivisionImporter importer;

    @Autowired
    BeanFactory beans;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theNationalDefaultsAreTheLawsAndPractices() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(book.value(DisclosureRules.FREQUENCY, "FINANCE", "/15/", day)).isEqualTo(Frequency.MONTHLY);
        assertThat(book.value(DisclosureRules.FREQUENCY, "GENERAL", "/15/", day)).isEqualTo(Frequency.QUARTERLY);
        assertThat(book.value(DisclosureRules.FREQUENCY, "MAJOR", "/15/", day)).isEqualTo(Frequency.AT_ONCE);
        assertThat(book.value(DisclosureRules.FREQUENCY, "MICRO_POWER", "/15/", day)).isEqualTo(Frequency.YEARLY);
        assertThat(book.value(DisclosureRules.GRACE_DAYS, "FINANCE", "/15/", day)).isEqualTo(10);
        assertThat(book.value(DisclosureRules.GRACE_DAYS, "MICRO_POWER", "/15/", day)).isEqualTo(31);
        assertThat(book.value(DisclosureRules.DISPLAY_DAYS, "GENERAL", "/15/", day)).isEqualTo(90);
        assertThat(book.value(DisclosureRules.DISPLAY_DAYS, "MICRO_POWER", "/15/", day)).isEqualTo(366);
        assertThat(book.value(DisclosureRules.MAJOR_GRACE_DAYS, "/15/", day)).isEqualTo(5);
        assertThat(new DisclosureRules(book).subjectLabel(DisclosureRules.FREQUENCY, "FINANCE")).isEqualTo("财务收支");
    }

    @Test
    void graceDaysSetForAStreetApplyToPeriodsEndingFromTheirDate() {
        clock.setTo(at(LocalDate.of(2026, 10, 20)));
        Division committee = committee("150104002002");
        Division elsewhere = committee("150104003009");
        RulesFixtures.set(beans, DisclosureRules.GRACE_DAYS, "FINANCE", "150104002", "15", LocalDate.of(2026, 11, 1));

        // October ended under the national ten days: due on 10 November.
        clock.setTo(at(LocalDate.of(2026, 11, 10)));
        assertThat(finance(committee, "2026年10月")).extracting(Gap::overdue).containsExactly(false);
        clock.setTo(at(LocalDate.of(2026, 11, 11)));
        assertThat(finance(committee, "2026年10月")).extracting(Gap::overdue).containsExactly(true);

        // November ends under the street's fifteen days: due on 15 December; elsewhere on the 10th.
        clock.setTo(at(LocalDate.of(2026, 12, 15)));
        assertThat(finance(committee, "2026年11月")).extracting(Gap::overdue).containsExactly(false);
        assertThat(finance(elsewhere, "2026年11月")).extracting(Gap::overdue).containsExactly(true);
        assertThat(finance(committee, "2026年11月").getFirst().period().due()).isEqualTo(LocalDate.of(2026, 12, 15));
        clock.setTo(at(LocalDate.of(2026, 12, 16)));
        assertThat(finance(committee, "2026年11月")).extracting(Gap::overdue).containsExactly(true);
        assertThat(item(disclosures.catalogue(committee), Kind.FINANCE).graceDays()).isEqualTo(15);
    }

    @Test
    void aFrequencySetFromADateCutsThePeriodsFromThatDate() {
        clock.setTo(at(LocalDate.of(2026, 12, 20)));
        Division committee = committee("150104003005");
        RulesFixtures.set(beans, DisclosureRules.FREQUENCY, "FINANCE", "150104003", "每季度", LocalDate.of(2027, 1, 1));

        clock.setTo(at(LocalDate.of(2027, 4, 10)));
        List<Gap> finance = gaps(committee).stream().filter(g -> g.item().kind() == Kind.FINANCE).toList();
        assertThat(finance).extracting(g -> g.period().label()).contains("2026年12月", "2027年第1季度")
                .doesNotContain("2027年1月", "2027年2月");
        assertThat(finance).filteredOn(g -> g.period().label().equals("2027年第1季度")).extracting(Gap::overdue)
                .containsExactly(false);
        clock.setTo(at(LocalDate.of(2027, 4, 11)));
        assertThat(finance(committee, "2027年第1季度")).extracting(Gap::overdue).containsExactly(true);
        assertThat(item(disclosures.catalogue(committee), Kind.FINANCE).frequency()).isEqualTo(Frequency.QUARTERLY);
    }

    @Test
    void majorMattersGraceDaysAreThoseInForceOnTheDayTheResolutionPassed() {
        clock.setTo(at(LocalDate.of(2026, 5, 20)));
        Division committee = committee("150104004003");
        RulesFixtures.set(beans, DisclosureRules.MAJOR_GRACE_DAYS, "", "150104004", "3", LocalDate.of(2026, 6, 1));
        publish(resolution(7001, committee, "五月通过的决议", LocalDate.of(2026, 5, 31)));
        publish(resolution(7002, committee, "六月通过的决议", LocalDate.of(2026, 6, 1)));

        clock.setTo(at(LocalDate.of(2026, 6, 4)));
        assertThat(owed(committee, 7001)).extracting(Gap::overdue).containsExactly(false);
        assertThat(owed(committee, 7002)).extracting(Gap::overdue).containsExactly(false);
        clock.setTo(at(LocalDate.of(2026, 6, 5)));
        assertThat(owed(committee, 7001)).extracting(Gap::overdue).containsExactly(false);
        assertThat(owed(committee, 7002)).extracting(Gap::overdue).containsExactly(true);
        clock.setTo(at(LocalDate.of(2026, 6, 6)));
        assertThat(owed(committee, 7001)).extracting(Gap::overdue).containsExactly(true);
    }

    @Test
    void displayDaysAreThoseInForceOnTheDayOfPosting() {
        clock.setTo(at(LocalDate.of(2026, 6, 20)));
        Division committee = committee("150104005001");
        RulesFixtures.set(beans, DisclosureRules.DISPLAY_DAYS, "FINANCE", "150104005", "60", LocalDate.of(2026, 7, 1));
        long june = postings.publish(committee, posting(item(disclosures.catalogue(committee), Kind.FINANCE), "2026年5月",
                "2026年5月财务收支公开", null), worker(committee));

        clock.setTo(at(LocalDate.of(2026, 7, 1)));
        long july = postings.publish(committee, posting(item(disclosures.catalogue(committee), Kind.FINANCE), "2026年6月",
                "2026年6月财务收支公开", null), worker(committee));
        assertThat(onDisplay(committee, LocalDate.of(2026, 7, 20))).contains(june, july);
        assertThat(onDisplay(committee, LocalDate.of(2026, 7, 21))).doesNotContain(june).contains(july);
        assertThat(onDisplay(committee, LocalDate.of(2026, 8, 30))).contains(july);
        assertThat(onDisplay(committee, LocalDate.of(2026, 8, 31))).doesNotContain(july);
    }

    private Division committee(String code) {
        DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        Division committee = divisions.findByCode(code).orElseThrow();
        disclosures.catalogue(committee);
        return committee;
    }

    private List<Gap> gaps(Division committee) {
        return compliance.gaps(new DataScope(committee.path()), clock.today());
    }

    private List<Gap> finance(Division committee, String period) {
        return gaps(committee).stream().filter(g -> g.item().kind() == Kind.FINANCE && g.period().label().equals(period)).toList();
    }

    private List<Gap> owed(Division committee, long topicId) {
        return gaps(committee).stream().filter(g -> g.resolution() != null && g.resolution().topicId() == topicId).toList();
    }

    private List<Long> onDisplay(Division committee, LocalDate day) {
        return disclosures.onDisplay(committee, day).stream().map(Posting::id).toList();
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(tx -> events.publishEvent(event));
        Events.settle(registry);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(ZONE).toInstant();
    }
}
