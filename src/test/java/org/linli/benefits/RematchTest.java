package org.linli.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.matching.Matching;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.LivingStatus;
import org.linli.registry.Registration;
import org.linli.registry.ResidentChanged;
import org.linli.registry.ResidentTags;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.internal.Birthdays;
import org.linli.registry.internal.ResidentChanges;
import org.linli.testing.BenefitsFixtures;
import org.linli.testing.BenefitsFixtures.Enrolled;
import org.linli.testing.BenefitsFixtures.Registry;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * When one resident changes, the registry's event re-matches that resident alone: a birthday
 * crossing 80 opens the elderly allowance's match, a new tag opens a review's, ending it closes it,
 * moving away closes every match as gone; no other resident's rows change, and a redelivered event
 * changes nothing.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class RematchTest {

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Divisions divisions;

    @Autowired
    Enrolment enrolment;

    @Autowired
    ResidentTags tags;

    @Autowired
    ResidentChanges changes;

    @Autowired
    StandardBenefits standard;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Matching matching;

    @Autowired
    Birthdays birthdays;

    @Autowired
    EventPublicationRegistry events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    Registry registry;

    @BeforeEach
    void people() {
        RegistryFixtures.signIn("admin");
        registry = BenefitsFixtures.population(importer, places, divisions, enrolment, tags, changes, jdbc, clock.today()).own();
        Division district = divisions.findByCode("150104").orElseThrow();
        standard.adopt(district, "admin");
        Events.settle(events);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBirthdayCrossingEightyOpensTheElderlyAllowanceForThatResidentAlone(PublishedEvents published) {
        LocalDate today = clock.today();
        Enrolled turning = BenefitsFixtures.enrol(registry, "寿星", today.plusDays(1).minusYears(80), Registration.LOCAL, "户主", null);
        birthdays.publishDue();
        Events.settle(events);
        assertThat(open(turning.id())).doesNotContain(code("AGED-80"));
        List<String> before = rows();

        clock.advance(Duration.ofDays(1));
        birthdays.publishDue();
        Events.settle(events);

        assertThat(open(turning.id())).contains(code("AGED-80"));
        assertThat(jdbc.sql("""
                        SELECT rule_version FROM benefit_match m JOIN benefit b ON b.id = m.benefit_id
                        WHERE m.resident_id = :r AND b.code = :c AND m.closed_at IS NULL""")
                .param("r", turning.id()).param("c", code("AGED-80")).query(Integer.class).single()).isEqualTo(1);
        // only those whose birthday it was may have changed
        Set<Long> hadBirthday = new java.util.HashSet<>();
        published.ofType(ResidentChanged.class).matching(e -> ResidentChanged.BIRTHDAY.equals(e.what()))
                .forEach(e -> hadBirthday.add(e.residentId()));
        assertThat(hadBirthday).contains(turning.id());
        assertThat(rowsExcept(before, hadBirthday)).isEqualTo(rowsExcept(rows(), hadBirthday));
    }

    @Test
    void aRefusalOrACheckedNotEligibleIsNotAskedAgainUnderTheSameVersion() {
        LocalDate today = clock.today();
        Enrolled poor = BenefitsFixtures.enrol(registry, "已拒绝", today.minusYears(50), Registration.LOCAL, "户主", null);
        BenefitsFixtures.tag(registry, poor.id(), "SUBSISTENCE", null, today);
        Events.settle(events);
        assertThat(open(poor.id())).contains(code("SUBSISTENCE-REVIEW"));
        jdbc.sql("""
                        UPDATE benefit_match SET closed_at = :now, closed_why = 'REFUSED', outcome = 'REFUSED'
                        WHERE resident_id = :r AND closed_at IS NULL""")
                .param("now", clock.now()).param("r", poor.id()).update();

        // another change of the same resident re-matches them: the answered finding stays answered
        BenefitsFixtures.tag(registry, poor.id(), "DISABLED", "肢体三级", today);
        Events.settle(events);
        assertThat(open(poor.id())).doesNotContain(code("SUBSISTENCE-REVIEW"));
        matching.rematch(poor.id());
        assertThat(open(poor.id())).doesNotContain(code("SUBSISTENCE-REVIEW"));
    }

    @Test
    void aNewTagOpensAMatchEndingItClosesItAndMovingAwayClosesEveryMatchAsGone() {
        LocalDate today = clock.today();
        Enrolled poor = BenefitsFixtures.enrol(registry, "困难户", today.minusYears(45), Registration.LOCAL, "户主", null);
        Events.settle(events);
        List<String> before = rows();

        BenefitsFixtures.tag(registry, poor.id(), "SUBSISTENCE", null, today);
        BenefitsFixtures.tag(registry, poor.id(), "DISABLED", "肢体一级", today);
        Events.settle(events);
        assertThat(open(poor.id())).containsExactlyInAnyOrder(code("SUBSISTENCE-REVIEW"), code("DISABLED-CARE"),
                code("DISABLED-LIVING"));
        assertThat(rowsExcept(rows(), Set.of(poor.id()))).isEqualTo(rowsExcept(before, Set.of(poor.id())));

        // a redelivered event changes nothing
        matching.rematch(poor.id());
        matching.rematch(poor.id());
        assertThat(jdbc.sql("SELECT count(*) FROM benefit_match WHERE resident_id = :r").param("r", poor.id())
                .query(Long.class).single()).isEqualTo(3);

        long subsistence = tags.of(poor.id(), registry.worker()).stream().filter(t -> t.code().equals("SUBSISTENCE"))
                .findFirst().orElseThrow().id();
        tags.end(poor.id(), subsistence, registry.worker());
        Events.settle(events);
        assertThat(open(poor.id())).containsExactly(code("DISABLED-CARE"));
        assertThat(closedWhy(poor.id(), code("SUBSISTENCE-REVIEW"))).isEqualTo("NO_LONGER_MATCHES");

        BenefitsFixtures.leave(registry, poor.id(), LivingStatus.MOVED_AWAY, today);
        Events.settle(events);
        assertThat(open(poor.id())).isEmpty();
        assertThat(closedWhy(poor.id(), code("DISABLED-CARE"))).isEqualTo("GONE");
        assertThat(rowsExcept(rows(), Set.of(poor.id()))).isEqualTo(rowsExcept(before, Set.of(poor.id())));
    }

    private String code(String standard) {
        return "150104-" + standard;
    }

    private List<String> open(long residentId) {
        return jdbc.sql("""
                        SELECT b.code FROM benefit_match m JOIN benefit b ON b.id = m.benefit_id
                        WHERE m.resident_id = :r AND m.closed_at IS NULL ORDER BY b.code""")
                .param("r", residentId).query(String.class).list();
    }

    private String closedWhy(long residentId, String code) {
        return jdbc.sql("""
                        SELECT m.closed_why FROM benefit_match m JOIN benefit b ON b.id = m.benefit_id
                        WHERE m.resident_id = :r AND b.code = :c ORDER BY m.id DESC LIMIT 1""")
                .param("r", residentId).param("c", code).query(String.class).single();
    }

    /** Every match row as text, its resident first. */
    private List<String> rows() {
        return jdbc.sql("""
                        SELECT resident_id || '|' || id || '|' || benefit_id || '|' || rule_version || '|' || division_path
                               || '|' || coalesce(closed_why, 'open') FROM benefit_match ORDER BY id""")
                .query(String.class).list();
    }

    private static List<String> rowsExcept(List<String> rows, Set<Long> residents) {
        return rows.stream().filter(r -> !residents.contains(Long.parseLong(r.substring(0, r.indexOf('|'))))).toList();
    }
}
