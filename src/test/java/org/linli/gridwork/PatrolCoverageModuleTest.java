package org.linli.gridwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.casework.CaseOpened;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.Shapes;
import org.linli.division.imports.DivisionImporter;
import org.linli.gridwork.coverage.Coverage;
import org.linli.gridwork.coverage.GridCalendar;
import org.linli.gridwork.coverage.GridCoverage;
import org.linli.gridwork.patrol.Patrol;
import org.linli.gridwork.patrol.PatrolRules;
import org.linli.gridwork.patrol.PatrolTrack;
import org.linli.gridwork.patrol.Patrols;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.PatrolFixtures;
import org.linli.testing.RulesFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Patrols and coverage on the module's own database: coverage at its boundaries (one patrol short
 * on a day, a building missed or visited on the month's last day, a region's own rule), patrols
 * limited to their grid, auto-ticks by position, and a case opened during a patrol recorded as its
 * finding. Time moves through the TestClock; each test uses its own grid and month.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PatrolCoverageModuleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired TestClock clock;
    @Autowired Patrols patrols;
    @Autowired PatrolTrack track;
    @Autowired Coverage coverage;
    @Autowired GridCalendar calendar;
    @Autowired PatrolHistory history;
    @Autowired Places places;
    @Autowired Shapes shapes;
    @Autowired Divisions divisions;
    @Autowired DivisionImporter importer;
    @Autowired JdbcClient jdbc;
    @Autowired BeanFactory beans;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired EventPublicationRegistry registry;

    @BeforeEach
    void divisions() {
        DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_STREET_COMMITTEE);
    }

    @Test
    void onePatrolShortOnADayPutsTheGridBelowTheRule() {
        PatrolFixtures.Grid g = grid(DemoDivisions.COMMITTEE, "901", 1);
        TestUser worker = worker("p-901", g.grid());
        walk(worker, at(2026, 11, 1, 9, 0), g.buildings().getFirst());
        walk(worker, at(2026, 11, 1, 15, 0), null);
        walk(worker, at(2026, 11, 2, 9, 0), null);

        clock.setTo(at(2026, 11, 2, 20, 0));
        GridCoverage sofar = month(g.grid(), 2026, 11);
        assertThat(sofar.daysJudged()).as("the day under way is not judged").isEqualTo(1);
        assertThat(sofar.daysMet()).isEqualTo(1);
        assertThat(sofar.patrols()).isEqualTo(3);
        assertThat(sofar.below()).isFalse();

        clock.setTo(at(2026, 11, 3, 0, 0).plusSeconds(1));
        GridCoverage next = month(g.grid(), 2026, 11);
        assertThat(next.daysJudged()).isEqualTo(2);
        assertThat(next.daysMet()).as("one patrol short on the 2nd").isEqualTo(1);
        assertThat(next.below()).isTrue();
    }

    @Test
    void anOverdueVisitCountsAgainstAGridThatPatrolsEnough() {
        PatrolFixtures.Grid g = grid(DemoDivisions.COMMITTEE, "905", 1);
        TestUser worker = worker("p-905", g.grid());
        walk(worker, at(2026, 10, 1, 9, 0), g.buildings().getFirst());
        walk(worker, at(2026, 10, 1, 15, 0), null);
        clock.setTo(at(2026, 10, 1, 20, 0));
        assertThat(month(g.grid(), 2026, 10).below()).isFalse();

        // a resident of the grid living alone, due a visit on 30 September and not visited
        jdbc.sql("""
                        INSERT INTO visit_subject (resident_id, household_id, division_path, grid_id, grid_path, plain_tags,
                                                   sensitive_tags, frequency, since, due_on, plain_due_on, refreshed_on)
                        VALUES (990905, 990905, :path, :grid, :gridPath, '{LIVING_ALONE}', '{}', '每周', DATE '2026-09-01',
                                DATE '2026-09-30', DATE '2026-09-30', DATE '2026-10-01')""")
                .param("path", g.buildings().getFirst().path()).param("grid", g.grid().id()).param("gridPath", g.grid().path())
                .update();
        GridCoverage withVisit = month(g.grid(), 2026, 10);
        assertThat(withVisit.overdueVisits()).isEqualTo(1);
        assertThat(withVisit.below()).isTrue();
    }

    @Test
    void aBuildingMissedOnTheMonthsLastDayCountsAgainstTheGridAndOneVisitedThenCounts() {
        PatrolFixtures.Grid g = grid(DemoDivisions.COMMITTEE, "902", 2);
        TestUser worker = worker("p-902", g.grid());
        history.generate(List.of(new PatrolHistory.Grid(g.grid().id(), g.grid().path(), worker.accountId(), "网格员", 1.0, List.of())),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29), 0.5);
        walk(worker, at(2026, 11, 30, 9, 0), g.buildings().get(0));
        walk(worker, at(2026, 11, 30, 15, 0), null);

        clock.setTo(at(2026, 11, 30, 20, 0));
        GridCoverage lastDay = month(g.grid(), 2026, 11);
        assertThat(lastDay.daysMet()).isEqualTo(29).isEqualTo(lastDay.daysJudged());
        assertThat(lastDay.visited()).isEqualTo(1);
        assertThat(lastDay.shareJudged()).as("the share is judged once the month is over").isFalse();
        assertThat(lastDay.below()).isFalse();

        clock.setTo(at(2026, 12, 1, 0, 30));
        GridCoverage over = month(g.grid(), 2026, 11);
        assertThat(over.daysMet()).isEqualTo(30).isEqualTo(over.daysJudged());
        assertThat(over.shareJudged()).isTrue();
        assertThat(over.below()).as("a building missed on the last day").isTrue();

        // A patrol started late on the 30th, ending after midnight, counts for the 30th and its month.
        clock.setTo(at(2026, 11, 30, 23, 50));
        Patrol late = patrols.start(worker);
        track.tick(late.id(), g.buildings().get(1).id(), worker);
        clock.setTo(at(2026, 12, 1, 0, 10));
        patrols.end(late.id(), worker);

        clock.setTo(at(2026, 12, 1, 0, 30));
        GridCoverage covered = month(g.grid(), 2026, 11);
        assertThat(covered.visited()).isEqualTo(2);
        assertThat(covered.below()).as("visited on the month's last day").isFalse();
        GridCalendar.Month november = calendar.of(g.grid().id(), YearMonth.of(2026, 11), worker);
        assertThat(day(november, 30).patrols()).isEqualTo(3);
        assertThat(november.notVisited()).isEmpty();
        GridCalendar.Month december = calendar.of(g.grid().id(), YearMonth.of(2026, 12), worker);
        assertThat(day(december, 1).patrols()).isZero();
        assertThat(december.notVisited()).hasSize(2);
    }

    @Test
    void aDistrictAndAStreetSetTheirOwnPatrolsADay() {
        PatrolFixtures.Grid here = grid(DemoDivisions.COMMITTEE, "903", 0);
        PatrolFixtures.Grid there = grid(DemoDivisions.OTHER_STREET_COMMITTEE, "903", 0);
        clock.setTo(at(2027, 3, 1, 8, 0));
        RulesFixtures.set(beans, PatrolRules.PER_DAY, "", "150104", "1", LocalDate.of(2027, 3, 1));
        RulesFixtures.set(beans, PatrolRules.PER_DAY, "", "150104002", "3", LocalDate.of(2027, 3, 1));
        TestUser a = worker("p-903a", here.grid());
        TestUser b = worker("p-903b", there.grid());
        walk(a, at(2027, 3, 1, 9, 0), null);
        walk(b, at(2027, 3, 1, 9, 0), null);
        walk(b, at(2027, 3, 1, 15, 0), null);

        clock.setTo(at(2027, 3, 2, 8, 0));
        GridCoverage one = month(here.grid(), 2027, 3);
        assertThat(one.perDay()).as("the district's rule").isEqualTo(1);
        assertThat(one.below()).as("one patrol meets the district's rule, not the default two").isFalse();
        GridCoverage two = month(there.grid(), 2027, 3);
        assertThat(two.perDay()).as("the street's own rule").isEqualTo(3);
        assertThat(two.below()).as("two patrols fall short of the street's three").isTrue();
        assertThat(month(here.grid(), 2026, 11).perDay()).as("before its date the default applies").isEqualTo(2);
    }

    @Test
    void aRuleChangedWithinTheMonthJudgesEachDayByTheValueOfThatDay() {
        PatrolFixtures.Grid g = grid(DemoDivisions.OTHER_STREET_COMMITTEE, "906", 0);
        clock.setTo(at(2027, 5, 1, 8, 0));
        RulesFixtures.set(beans, PatrolRules.PER_DAY, "", "150104002", "1", LocalDate.of(2027, 5, 3));
        TestUser worker = worker("p-906", g.grid());
        walk(worker, at(2027, 5, 1, 9, 0), null);
        walk(worker, at(2027, 5, 3, 9, 0), null);

        clock.setTo(at(2027, 5, 4, 8, 0));
        GridCoverage may = month(g.grid(), 2027, 5);
        assertThat(may.daysJudged()).isEqualTo(3);
        assertThat(may.daysMet()).as("the 1st short of the old value, the 2nd without any, the 3rd meets the new one").isEqualTo(1);
        assertThat(may.perDay()).isEqualTo(1);
    }

    @Test
    void aGridWorkerPatrolsOnlyTheirGridAndPositionsTickNearBuildings() {
        PatrolFixtures.Grid g = grid(DemoDivisions.COMMITTEE, "904", 3);
        PatrolFixtures.Grid other = grid(DemoDivisions.OTHER_COMMITTEE, "904", 1);
        TestUser worker = worker("p-904", g.grid());
        TestUser stranger = worker("p-904x", other.grid());
        clock.setTo(at(2026, 10, 5, 9, 0));
        Patrol patrol = patrols.start(worker);
        assertThat(patrol.gridId()).isEqualTo(g.grid().id());
        assertThatThrownBy(() -> patrols.start(worker)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> patrols.get(patrol.id(), stranger)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> track.tick(patrol.id(), g.buildings().getFirst().id(), stranger)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> track.tick(patrol.id(), other.buildings().getFirst().id(), worker))
                .as("a building of another grid").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calendar.of(other.grid().id(), YearMonth.of(2026, 10), worker)).isInstanceOf(NotFoundException.class);

        var first = g.points().get(0);
        var third = g.points().get(2);
        PatrolTrack.Recorded recorded = track.record(patrol.id(), new PatrolTrack.Positions(List.of(
                new PatrolTrack.Position(first.lat() + 0.0002, first.lon(), 10.0, null),
                new PatrolTrack.Position(third.lat() + 0.0005, third.lon(), 10.0, null))), worker);
        assertThat(recorded.ticked()).as("22 m from the first building; 55 m from the third")
                .containsExactly(g.buildings().get(0).id());
        track.record(patrol.id(), new PatrolTrack.Positions(List.of(
                new PatrolTrack.Position(third.lat(), third.lon(), 500.0, null))), worker);
        assertThat(track.ticks(patrol.id())).as("an imprecise position ticks nothing").hasSize(1);

        clock.advance(java.time.Duration.ofMinutes(40));
        Patrol ended = patrols.end(patrol.id(), worker);
        assertThat(ended.distanceM()).as("the two precise positions, about 256 m apart").isBetween(245, 265);
        assertThatThrownBy(() -> patrols.end(patrol.id(), worker)).isInstanceOf(Refusal.class);
    }

    @Test
    void aCaseTheWorkerOpensDuringThePatrolIsItsFindingAndAForgottenPatrolEndsByItself() {
        PatrolFixtures.Grid g = grid(DemoDivisions.COMMITTEE, "905", 1);
        TestUser worker = worker("p-905", g.grid());
        clock.setTo(at(2026, 9, 7, 9, 0));
        Patrol patrol = patrols.start(worker);
        tx.executeWithoutResult(s -> events.publishEvent(new CaseOpened(990_001L, "C20260907-990001", "T", g.grid().path(), null,
                worker.accountId())));
        tx.executeWithoutResult(s -> events.publishEvent(new CaseOpened(990_002L, "C20260907-990002", "T", g.grid().path(), null,
                null)));
        Events.settle(registry);
        assertThat(patrols.findings(patrol.id())).extracting(f -> f.number()).containsExactly("C20260907-990001");

        clock.setTo(at(2026, 9, 7, 12, 59));
        assertThat(patrols.endForgotten()).isZero();
        clock.setTo(at(2026, 9, 7, 13, 1));
        assertThat(patrols.endForgotten()).isEqualTo(1);
        Patrol ended = patrols.get(patrol.id(), worker);
        assertThat(ended.endedByLimit()).isTrue();
        assertThat(ended.minutes(clock.now())).as("ended at the limit, four hours after it started").isEqualTo(240);
        assertThat(month(g.grid(), 2026, 9).patrols()).isEqualTo(1);
    }

    private PatrolFixtures.Grid grid(String committee, String seq, int buildings) {
        double lat0 = 40.70 + Integer.parseInt(seq) % 100 * 0.01 + (committee.endsWith("2") ? 0 : 0.005);
        return PatrolFixtures.grid(places, shapes, divisions, committee, seq, buildings, lat0, 111.65);
    }

    private TestUser worker(String username, Division grid) {
        return TestUser.withAccount(jdbc, username, "网格员" + username, Role.GRID_WORKER, grid);
    }

    /** A patrol started at {@code start}, ticking one building (or none), ended 40 minutes later. */
    private void walk(TestUser worker, java.time.Instant start, Division building) {
        clock.setTo(start);
        Patrol p = patrols.start(worker);
        if (building != null) {
            track.tick(p.id(), building.id(), worker);
        }
        clock.advance(java.time.Duration.ofMinutes(40));
        patrols.end(p.id(), worker);
    }

    private GridCoverage month(Division grid, int year, int month) {
        return coverage.grids(grid, YearMonth.of(year, month)).getFirst();
    }

    private static GridCalendar.Day day(GridCalendar.Month month, int dayOfMonth) {
        return month.weeks().stream().flatMap(List::stream).filter(d -> d != null && d.date().getDayOfMonth() == dayOfMonth)
                .findFirst().orElseThrow();
    }

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
    }
}
