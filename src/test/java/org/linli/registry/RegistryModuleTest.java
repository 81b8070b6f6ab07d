package org.linli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.RegistryFixtures.idNumber;
import static org.linli.testing.RegistryFixtures.newResident;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.HouseholdsCounted;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.internal.ResidentChanges;
import org.linli.registry.internal.ResidentChanges.StatusChange;
import org.linli.shared.IdNumber;
import org.linli.shared.Refusal;
import org.linli.testing.Events;
import org.linli.testing.Faces;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestUser;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The registry with what it depends on (division, audit), on a database of its own: a building is
 * made through the division's face, people are enrolled and move away through the registry's,
 * and what other modules learn of it comes as events.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class RegistryModuleTest {

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Divisions divisions;

    @Autowired
    Enrolment enrolment;

    @Autowired
    ResidentChanges changes;

    @Autowired
    Residents residents;

    @Autowired
    PersonalData personalData;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ResidentTags tags;

    @Autowired
    org.linli.registry.internal.Birthdays birthdays;

    Division building;
    TestUser worker;

    @BeforeEach
    void aBuildingAndItsWorker() {
        RegistryFixtures.signIn("worker");
        building = RegistryFixtures.building(importer, places, divisions);
        worker = RegistryFixtures.worker(divisions.findByCode("150104001002").orElseThrow());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFaceIsWhatOtherModulesUse() {
        Set<String> face = Faces.of("org.linli.registry");
        // A new public type must be added here, with the module that needs it.
        assertThat(face).contains("Residents", "ResidentView", "ResidentChanged", "PersonalData").isSubsetOf(
                // personal data for the case loop, notices and bindings; values other modules read or the demo loads
                "PersonalData", "Phone", "Addresses", "Relation", "LivingStatus", "Registration", "DwellingUse", "Tenure",
                "OrganisationKind",
                // residents as other modules read them (deliberation's rolls and rosters), and what the registry tells them
                "Residents", "ResidentView", "ResidentChanged", "CommitteeResidents",
                // the demo district's loaders
                "RegistryLoader", "ResidentTags", "TagEligibility", "Organisations", "OrganisationForm",
                "CommitteeEntityForm",
                // eligibility rules over the registry (benefits, issue #14)
                "ResidentRules",
                // the groups residents belong to, for the visits to special groups (issue #14)
                "TaggedResidents");
    }

    @Test
    void enrolmentPublishesEachResidentAndTheCommitteesHouseholds(PublishedEvents events) {
        String head = idNumber(LocalDate.of(1970, 1, 2), 11);
        String child = idNumber(LocalDate.of(2005, 3, 4), 12);
        Events.settle(registry);
        int before = households("150104001002");
        long headId = enrolment.enrol(building.id(), newResident("甲户主", head, "户主", ""), worker);
        long childId = enrolment.enrol(building.id(), newResident("甲子女", child, "子女", head), worker);

        assertThat(events.ofType(ResidentChanged.class))
                .extracting(ResidentChanged::residentId, ResidentChanged::what, ResidentChanged::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(headId, ResidentChanged.ENROLLED, LivingStatus.LIVING),
                        org.assertj.core.groups.Tuple.tuple(childId, ResidentChanged.ENROLLED, LivingStatus.LIVING));
        assertThat(events.ofType(HouseholdsCounted.class).matching(c -> c.committeePath().endsWith("/150104001002/")))
                .extracting(HouseholdsCounted::households).last().isEqualTo(before + 1);
        // the division keeps the count for its sizing rules
        Events.settle(registry);
        assertThat(households("150104001002")).isEqualTo(before + 1);

        ResidentView found = residents.search(worker, head, 0, 10).rows().getFirst();
        assertThat(found.idMasked()).isEqualTo(head.substring(0, 6) + "***********" + head.substring(17));
        assertThat(jdbc.sql("SELECT id_hash FROM resident WHERE id = :id").param("id", headId).query(byte[].class).single())
                .isEqualTo(personalData.hashIdNumber(IdNumber.parse(head)));
    }

    @Test
    void movingAwayClosesTheEmptyHouseholdAndTellsTheOtherModules(PublishedEvents events) {
        String alone = idNumber(LocalDate.of(1950, 5, 6), 21);
        long id = enrolment.enrol(building.id(), newResident("独居者", alone, "户主", "").withRoom("0101"), worker);
        Events.settle(registry);
        int before = households("150104001002");

        assertThatThrownBy(() -> changes.changeStatus(id, new StatusChange(LivingStatus.MOVED_AWAY, clock.today().plusDays(1)),
                worker.scope())).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("registry.status.on.future"));
        changes.changeStatus(id, new StatusChange(LivingStatus.MOVED_AWAY, clock.today()), worker.scope());

        assertThat(events.ofType(ResidentChanged.class).matching(e -> e.residentId() == id && e.status() != LivingStatus.LIVING))
                .singleElement().satisfies(e -> {
                    assertThat(e.status()).isEqualTo(LivingStatus.MOVED_AWAY);
                    assertThat(e.what()).isEqualTo("已迁出");
                });
        Events.settle(registry);
        assertThat(households("150104001002")).isEqualTo(before - 1);
        assertThat(residents.get(id, worker.scope()).status()).isEqualTo(LivingStatus.MOVED_AWAY);
    }

    @Test
    void anIdNumberAlreadyRegisteredIsRefusedByKey() {
        String once = idNumber(LocalDate.of(1980, 7, 8), 31);
        enrolment.enrol(building.id(), newResident("已登记", once, "户主", "").withRoom("0201"), worker);
        assertThatThrownBy(() -> enrolment.enrol(building.id(), newResident("再登记", once, "户主", "").withRoom("0202"), worker))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.key()).isEqualTo("registry.enrolment.already-registered");
                    assertThat(r.field()).contains("idNumber");
                });
    }

    @Test
    void aTagGivenOrEndedTellsTheOtherModules(PublishedEvents events) {
        long id = enrolment.enrol(building.id(), newResident("标签人", idNumber(LocalDate.of(1948, 2, 3), 41), "户主", "")
                .withRoom("0301"), worker);
        tags.add(id, new ResidentTags.Assignment("LIVING_ALONE", clock.today(), null), worker);
        long tagId = tags.of(id, worker).stream().filter(h -> h.code().equals("LIVING_ALONE")).findFirst().orElseThrow().id();
        tags.end(id, tagId, worker);

        assertThat(events.ofType(ResidentChanged.class).matching(e -> e.residentId() == id))
                .extracting(ResidentChanged::what)
                .containsExactly(ResidentChanged.ENROLLED, ResidentChanged.TAGGED, ResidentChanged.TAGGED);
    }

    @Test
    void birthdaysArePublishedOncePerDayCaughtUpAfterDaysDown(PublishedEvents events) {
        // enrolled today (a later clock would make today's household counts look stale to other tests)
        long leap = enrolment.enrol(building.id(), newResident("闰日生", idNumber(LocalDate.of(1948, 2, 29), 51), "户主", "")
                .withRoom("0401"), worker);
        long march = enrolment.enrol(building.id(), newResident("三月生", idNumber(LocalDate.of(1947, 3, 1), 52), "户主", "")
                .withRoom("0402"), worker);
        clock.setTo(java.time.Instant.parse("2027-02-26T16:30:00Z"));  // 27 February, Shanghai
        birthdays.publishDue();
        clock.advance(java.time.Duration.ofDays(3));  // 2 March: 28 February, 1 and 2 March caught up
        birthdays.publishDue();
        birthdays.publishDue();

        // 2027 has no 29 February: born on it, one is a year older on 1 March
        assertThat(events.ofType(ResidentChanged.class).matching(e -> ResidentChanged.BIRTHDAY.equals(e.what())))
                .extracting(ResidentChanged::residentId)
                .containsExactlyInAnyOrder(leap, march);
    }

    private int households(String committeeCode) {
        return jdbc.sql("""
                        SELECT households FROM committee_profile p JOIN division d ON d.id = p.division_id WHERE d.code = :c""")
                .param("c", committeeCode).query(Integer.class).optional().orElse(0);
    }
}
