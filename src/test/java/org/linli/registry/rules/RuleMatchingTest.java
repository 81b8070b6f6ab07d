package org.linli.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.ResidentRules;
import org.linli.registry.ResidentRules.ResidentRule;
import org.linli.registry.ResidentRules.RuleMatch;
import org.linli.shared.DataScope;
import org.linli.testing.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/** Residents checked by hand, the scope of a match, the counts per committee and the preview's sample. */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = TwoCommittees.OWN_DATABASE)
class RuleMatchingTest {

    static final LocalDate FEB_28 = LocalDate.of(2027, 2, 28);
    static final LocalDate MAR_1 = LocalDate.of(2027, 3, 1);

    @Autowired
    ResidentRules rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Divisions divisions;

    TwoCommittees world;
    Population people;

    @BeforeEach
    void world() {
        world = TwoCommittees.load(jdbc, importer, places, divisions);
        people = new Population(jdbc, System.nanoTime());
    }

    @Test
    void bornOnTheLeapDayOneIsAYearOlderOnTheFirstOfMarch() {
        long household = people.household(world.ownBuilding().id(), world.ownBuilding().path());
        long leap = people.person(household, world.ownBuilding().path(), LocalDate.of(1948, 2, 29), "FEMALE", "LOCAL", "HEAD", "LIVING");
        ResidentRule rule = rules.compile("registration == \"LOCAL\" && age >= 79", world.admin());

        assertThat(rules.evaluate(rule, leap, FEB_28)).isEmpty();
        assertThat(matches(rule, FEB_28)).doesNotContainKey(leap);
        assertThat(rules.evaluate(rule, leap, MAR_1)).map(RuleMatch::reason).contains("年龄 79；户籍在本地");
        assertThat(matches(rule, MAR_1)).containsEntry(leap, "年龄 79；户籍在本地");
    }

    @Test
    void whoMovedAwayOrDiedNeverMatches() {
        long household = people.household(world.ownBuilding().id(), world.ownBuilding().path());
        long moved = people.person(household, world.ownBuilding().path(), LocalDate.of(1940, 5, 5), "MALE", "LOCAL", "HEAD", "MOVED_AWAY");
        long died = people.person(household, world.ownBuilding().path(), LocalDate.of(1941, 5, 5), "FEMALE", "LOCAL", "SPOUSE", "DECEASED");
        ResidentRule rule = rules.compile("age >= 80", world.admin());

        assertThat(rules.evaluate(rule, moved, FEB_28)).isEmpty();
        assertThat(rules.evaluate(rule, died, FEB_28)).isEmpty();
        assertThat(matches(rule, FEB_28)).doesNotContainKeys(moved, died);
    }

    @Test
    void aTagHoldsFromItsFirstDayUntilTheDayItEnds() {
        String path = world.ownBuilding().path();
        long household = people.household(world.ownBuilding().id(), path);
        long disabled = people.person(household, path, LocalDate.of(1970, 1, 1), "MALE", "ELSEWHERE", "HEAD", "LIVING");
        long spouse = people.person(household, path, LocalDate.of(1972, 1, 1), "FEMALE", "LOCAL", "SPOUSE", "LIVING");
        long movedChild = people.person(household, path, LocalDate.of(2000, 1, 1), "FEMALE", "LOCAL", "CHILD", "MOVED_AWAY");
        people.tag(disabled, "DISABLED", LocalDate.of(2020, 1, 1), MAR_1, "肢体一级");
        people.tag(spouse, "SUBSISTENCE", FEB_28, null, null);
        people.tag(movedChild, "EXTREME_POVERTY", LocalDate.of(2020, 1, 1), null, null);
        ResidentRule severe = rules.compile(ResidentRulesTest.DEMO.get(3), world.admin());
        ResidentRule hardship = rules.compile(ResidentRulesTest.DEMO.get(4), world.admin());
        ResidentRule poorHousehold = rules.compile("members.exists(m, \"EXTREME_POVERTY\" in m.tags)", world.admin());

        assertThat(rules.evaluate(severe, disabled, FEB_28)).map(RuleMatch::reason).contains("标签 残疾人（肢体一级）");
        assertThat(rules.evaluate(severe, disabled, MAR_1)).isEmpty();
        assertThat(rules.evaluate(hardship, disabled, FEB_28)).map(RuleMatch::reason).contains("标签 残疾人（肢体一级）；同户 低保");
        assertThat(matches(hardship, FEB_28)).containsEntry(disabled, "标签 残疾人（肢体一级）；同户 低保");
        assertThat(rules.evaluate(hardship, disabled, FEB_28.minusDays(1))).isEmpty();
        // a member who moved away is no longer of the household
        assertThat(rules.evaluate(poorHousehold, disabled, FEB_28)).isEmpty();
        assertThat(matches(poorHousehold, FEB_28)).doesNotContainKeys(disabled, spouse);
    }

    @Test
    void aCommitteesMatchesAreItsOwnResidentsOnly() {
        ResidentRule rule = rules.compile("age >= 18", world.admin());
        DataScope other = new DataScope(world.other().path());
        List<RuleMatch> found = new ArrayList<>();
        rules.forEachMatch(rule, other, FEB_28, found::add);

        assertThat(found).isNotEmpty().allSatisfy(m -> assertThat(m.divisionPath()).startsWith(world.other().path()));
        assertThat(rules.sample(rule, other, FEB_28, 500)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.divisionPath()).startsWith(world.other().path()));
        assertThat(rules.countByCommittee(rule, other, FEB_28)).containsOnlyKeys(world.other().path())
                .containsEntry(world.other().path(), (long) found.size());
        assertThat(rules.countByCommittee(rule, world.admin().scope(), FEB_28)).containsOnlyKeys(world.own().path(),
                world.other().path());
        // a rule naming another committee finds nobody when matched in this one
        ResidentRule elsewhere = rules.compile("within(\"" + world.own().code() + "\")", world.admin());
        assertThat(rules.countByCommittee(elsewhere, other, FEB_28)).isEmpty();
    }

    @Test
    void theSampleIsTheFirstByPlaceAndName() {
        ResidentRule rule = rules.compile("age >= 0", world.admin());
        List<RuleMatch> sample = rules.sample(rule, world.admin().scope(), FEB_28, 20);
        assertThat(sample).hasSize(20);
        assertThat(sample).extracting(RuleMatch::divisionPath).isSorted();
        assertThat(sample.getFirst().divisionPath()).startsWith(world.own().path());
    }

    @Test
    void theDatabaseCountsAgesAsPeriodDoes() {
        List<LocalDate> days = List.of(FEB_28, MAR_1, LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29),
                LocalDate.of(2026, 12, 31), LocalDate.of(1999, 6, 15));
        for (LocalDate day : days) {
            Map<LocalDate, Integer> ages = new java.util.HashMap<>();
            jdbc.sql("""
                            SELECT b::date AS birth, registry_age(b::date, :day) AS age
                            FROM generate_series(date '1924-01-01', date '2030-12-31', interval '1 day') b""")
                    .param("day", day)
                    .query((rs, i) -> ages.put(rs.getObject("birth", LocalDate.class), rs.getInt("age"))).list();
            ages.forEach((birth, age) -> assertThat(age).as("born %s on %s", birth, day)
                    .isEqualTo(Period.between(birth, day).getYears()));
        }
    }

    private java.util.Map<Long, String> matches(ResidentRule rule, LocalDate day) {
        java.util.Map<Long, String> found = new java.util.HashMap<>();
        rules.forEachMatch(rule, world.admin().scope(), day, m -> found.put(m.residentId(), m.reason()));
        return found;
    }
}
