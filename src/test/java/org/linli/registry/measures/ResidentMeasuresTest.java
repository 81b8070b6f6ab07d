package org.linli.registry.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.RegistryFixtures.idNumber;
import static org.linli.testing.RegistryFixtures.newResident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentTags;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.internal.ResidentChanges;
import org.linli.registry.internal.ResidentChanges.StatusChange;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The registry's measures at their boundaries, on a hand-made registry of one building: an age is
 * reached on the birthday and not the day before, a tag counts while held, and residents who moved
 * away or died are not counted. Each test reads the change it makes (the building may hold others').
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ResidentMeasuresTest {

    private static final String COMMITTEE = RegistryFixtures.OWN_COMMITTEE;

    @Autowired DivisionImporter importer;
    @Autowired Places places;
    @Autowired Divisions divisions;
    @Autowired Enrolment enrolment;
    @Autowired ResidentChanges changes;
    @Autowired ResidentTags tags;
    @Autowired ResidentMeasures measures;
    @Autowired OrganisationMeasures organisations;
    @Autowired TestClock clock;

    Division building;
    TestUser worker;

    @BeforeEach
    void aBuilding() {
        RegistryFixtures.signIn("worker");
        building = RegistryFixtures.building(importer, places, divisions);
        worker = RegistryFixtures.worker(divisions.findByCode("150104001002").orElseThrow());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long value(String code, LocalDate on) {
        return measures.compute(Set.of(code), List.of(COMMITTEE), on.minusMonths(1), on)
                .getOrDefault(code, Map.of()).getOrDefault(COMMITTEE, 0L);
    }

    @Test
    void sixtyCountsFromTheBirthdayOnAndAChildIsNotCountedBeforeBeingBorn() {
        LocalDate birth = LocalDate.of(1966, 7, 15);
        LocalDate birthday = birth.plusYears(60);
        long aged60 = value("registry.aged-60", birthday);
        long before = value("registry.aged-60", birthday.minusDays(1));
        long middle = value("registry.aged-18-59", birthday.minusDays(1));
        enrolment.enrol(building.id(), newResident("满六十", idNumber(birth, 801), "户主", "").withRoom("8001"), worker);

        assertThat(value("registry.aged-60", birthday)).isEqualTo(aged60 + 1);
        assertThat(value("registry.aged-60", birthday.minusDays(1))).isEqualTo(before);
        assertThat(value("registry.aged-18-59", birthday.minusDays(1))).isEqualTo(middle + 1);
    }

    @Test
    void leapDayBirthdaysComeOnTheFirstOfMarchInACommonYear() {
        LocalDate birth = LocalDate.of(2008, 2, 29);
        LocalDate feb28 = LocalDate.of(2026, 2, 28);
        LocalDate march1 = LocalDate.of(2026, 3, 1);
        long minorsOn28 = value("registry.aged-0-17", feb28);
        long minorsOnMarch1 = value("registry.aged-0-17", march1);
        long adultsOnMarch1 = value("registry.aged-18-59", march1);
        long unborn = value("registry.residents", birth.minusDays(1));
        enrolment.enrol(building.id(), newResident("闰日生", idNumber(birth, 803), "户主", "").withRoom("8003"), worker);

        assertThat(value("registry.aged-0-17", feb28)).as("still 17 on 28 February").isEqualTo(minorsOn28 + 1);
        assertThat(value("registry.aged-0-17", march1)).isEqualTo(minorsOnMarch1);
        assertThat(value("registry.aged-18-59", march1)).as("18 on 1 March").isEqualTo(adultsOnMarch1 + 1);
        assertThat(value("registry.residents", birth.minusDays(1))).as("not counted before being born").isEqualTo(unborn);
    }

    @Test
    void residentsWhoMovedAwayOrDiedAreNotCounted() {
        LocalDate today = clock.today();
        long residents = value("registry.residents", today);
        long households = value("registry.households", today);
        long stays = enrolment.enrol(building.id(), newResident("留下", idNumber(LocalDate.of(1980, 1, 1), 805), "户主", "")
                .withRoom("8005"), worker);
        long moves = enrolment.enrol(building.id(), newResident("迁出", idNumber(LocalDate.of(1981, 1, 1), 806), "户主", "")
                .withRoom("8006"), worker);
        long dies = enrolment.enrol(building.id(), newResident("已故", idNumber(LocalDate.of(1940, 1, 1), 807), "户主", "")
                .withRoom("8007"), worker);
        assertThat(value("registry.residents", today)).isEqualTo(residents + 3);
        assertThat(value("registry.households", today)).isEqualTo(households + 3);

        changes.changeStatus(moves, new StatusChange(LivingStatus.MOVED_AWAY, today), worker.scope());
        changes.changeStatus(dies, new StatusChange(LivingStatus.DECEASED, today), worker.scope());

        assertThat(value("registry.residents", today)).isEqualTo(residents + 1);
        assertThat(value("registry.households", today)).isEqualTo(households + 1);
        assertThat(stays).isPositive();
    }

    @Test
    void aTagCountsWhileHeldAndADisabilityByItsGrade() {
        LocalDate today = clock.today();
        long disabled = value("registry.disabled", today);
        long second = value("registry.disabled.grade-2", today);
        long subsistence = value("registry.subsistence-households", today);
        long head = enrolment.enrol(building.id(), newResident("户主", idNumber(LocalDate.of(1970, 3, 3), 809), "户主", "")
                .withRoom("8009"), worker);
        long child = enrolment.enrol(building.id(), newResident("子女", idNumber(LocalDate.of(2000, 3, 3), 810), "子女",
                idNumber(LocalDate.of(1970, 3, 3), 809)).withRoom("8009"), worker);
        tags.add(head, new ResidentTags.Assignment("DISABLED", today, "肢体二级"), worker);
        tags.add(head, new ResidentTags.Assignment("SUBSISTENCE", today, null), worker);
        tags.add(child, new ResidentTags.Assignment("SUBSISTENCE", today, null), worker);

        assertThat(value("registry.disabled", today)).isEqualTo(disabled + 1);
        assertThat(value("registry.disabled.grade-2", today)).isEqualTo(second + 1);
        assertThat(value("registry.subsistence-households", today)).as("one household, two members").isEqualTo(subsistence + 1);
        assertThat(value("registry.disabled", today.minusDays(1))).as("not yet held").isEqualTo(disabled);
    }

    @Test
    void organisationMeasuresAreOnePerKindAndATotal() {
        assertThat(organisations.measures()).hasSize(org.linli.registry.OrganisationKind.values().length + 1)
                .allSatisfy(m -> assertThat(m.group()).isEqualTo("单位"));
        assertThat(organisations.compute(Set.of("registry.organisations"), List.of(COMMITTEE), clock.today(), clock.today()))
                .isNotNull();
    }
}
