package org.linli.gridwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.RegistryFixtures.idNumber;
import static org.linli.testing.RegistryFixtures.newResident;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.gridwork.internal.OverdueVisits;
import org.linli.gridwork.visits.VisitRules;
import org.linli.gridwork.visits.VisitSubjects;
import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentTags;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.internal.Birthdays;
import org.linli.registry.internal.ResidentChanges;
import org.linli.shared.DataScope;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.RulesFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.linli.testing.VisitFixtures;
import org.linli.testing.VisitFixtures.Subject;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is due a visit follows the registry by its events: a tag gained is due at once, a tag ended
 * or a move away takes the resident off, a birthday at 80 makes the visits weekly, and a district's
 * own frequency applies from the day it is in force.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class VisitSubjectsModuleTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

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
    Birthdays birthdays;
    @Autowired
    VisitSubjects subjects;
    @Autowired
    OverdueVisits overdue;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    BeanFactory beans;

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
    void aTagGainedIsDueTodayAndEndingItTakesTheResidentOff() {
        long id = resident(LocalDate.of(1980, 4, 5));
        settle();
        assertThat(VisitFixtures.subject(jdbc, id)).isEmpty();

        tags.add(id, new ResidentTags.Assignment("LIVING_ALONE", clock.today(), null), worker);
        settle();
        Subject s = VisitFixtures.subject(jdbc, id).orElseThrow();
        assertThat(s.due()).isEqualTo(clock.today());
        assertThat(s.frequency()).isEqualTo("每周");
        assertThat(s.plainTags()).isEqualTo("LIVING_ALONE");

        long tagId = tags.of(id, worker).stream().filter(h -> h.code().equals("LIVING_ALONE")).findFirst().orElseThrow().id();
        tags.end(id, tagId, worker);
        settle();
        assertThat(VisitFixtures.subject(jdbc, id)).isEmpty();
    }

    @Test
    void movingAwayTakesTheResidentOff() {
        long id = resident(LocalDate.of(1975, 6, 7));
        tags.add(id, new ResidentTags.Assignment("DISABLED", clock.today(), "肢体三级"), worker);
        settle();
        assertThat(VisitFixtures.subject(jdbc, id)).map(Subject::frequency).contains("每月");

        changes.changeStatus(id, new ResidentChanges.StatusChange(LivingStatus.MOVED_AWAY, clock.today()), worker.scope());
        settle();
        assertThat(VisitFixtures.subject(jdbc, id)).isEmpty();
    }

    @Test
    void theShortestFrequencyOfSeveralTagsWins() {
        long id = resident(LocalDate.of(1950, 8, 9));
        tags.add(id, new ResidentTags.Assignment("VETERAN", clock.today().minusYears(3), null), worker);
        tags.add(id, new ResidentTags.Assignment("SUBSISTENCE", clock.today().minusYears(2), null), worker);
        settle();
        Subject s = VisitFixtures.subject(jdbc, id).orElseThrow();
        assertThat(s.frequency()).isEqualTo("每月");
        assertThat(s.due()).isEqualTo(clock.today().minusYears(3));
    }

    @Test
    void crossingEightyMakesTheVisitsWeekly() {
        // 80 in three days' time; a veteran, visited quarterly until then (60+ alone is not visited)
        LocalDate born = clock.today().plusDays(3).minusYears(80);
        long id = resident(born);
        tags.add(id, new ResidentTags.Assignment("VETERAN", clock.today(), null), worker);
        settle();
        assertThat(VisitFixtures.subject(jdbc, id)).map(Subject::frequency).contains("每季度");

        birthdays.publishDue();
        clock.advance(Duration.ofDays(3));
        birthdays.publishDue();
        settle();
        Subject s = VisitFixtures.subject(jdbc, id).orElseThrow();
        assertThat(s.frequency()).isEqualTo("每周");
        assertThat(s.due()).isBeforeOrEqualTo(clock.today());
        // 60+ alone is not visited, so it is not one of the groups the list names
        assertThat(s.plainTags()).isEqualTo("AGED_80,VETERAN");
    }

    @Test
    void aDistrictsOwnFrequencyApplies() {
        long id = resident(LocalDate.of(1985, 1, 31));
        tags.add(id, new ResidentTags.Assignment("ENTITLED", clock.today(), null), worker);
        settle();
        assertThat(VisitFixtures.subject(jdbc, id)).map(Subject::frequency).contains("每季度");

        RulesFixtures.set(beans, VisitRules.FREQUENCY, "ENTITLED", "150104", "每两周", clock.today().plusDays(1));
        clock.advance(Duration.ofDays(1));
        subjects.nightly();
        assertThat(VisitFixtures.subject(jdbc, id)).map(Subject::frequency).contains("每两周");
    }

    @Test
    void overdueVisitsCountAgainstTheGrid() {
        long id = resident(LocalDate.of(1960, 2, 3));
        tags.add(id, new ResidentTags.Assignment("EXTREME_POVERTY", clock.today().minusDays(10), null), worker);
        settle();
        // the building's grid (its code depends on which grids other tests made first under the committee)
        Division grid = divisions.findByCode(building.path().split("/")[6]).orElseThrow();
        int before = overdue.byGrid(new DataScope(grid.path()), clock.today()).getOrDefault(grid.id(), 0);
        assertThat(before).isPositive();
        assertThat(overdue.byGrid(new DataScope(grid.path()), clock.today().minusDays(10)).getOrDefault(grid.id(), 0))
                .isLessThan(before);
        assertThat(overdue.byGrid(new DataScope("/15/1501/150104/150104002/"), clock.today())).isEmpty();
    }

    private long resident(LocalDate born) {
        int n = SEQUENCE.incrementAndGet();
        return enrolment.enrol(building.id(), newResident("走访" + (char) ('甲' + n % 10), idNumber(born, n), "户主", "")
                .withRoom(String.valueOf(1000 + n)), worker);
    }

    private void settle() {
        Events.settle(registry);
    }
}
