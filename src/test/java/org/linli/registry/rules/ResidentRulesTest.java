package org.linli.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.ResidentRules;
import org.linli.registry.ResidentRules.ResidentRule;
import org.linli.registry.ResidentRules.RuleMatch;
import org.linli.testing.ModuleTest;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * Eligibility rules over generated residents of two committees: every rule matched in bulk by its
 * SQL and evaluated in memory for every resident gives the same residents with the same reasons,
 * on a common year's 28 February and 1 March and on a leap day.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = TwoCommittees.OWN_DATABASE)
class ResidentRulesTest {

    /** The demo catalogue's rules (issue #14). */
    static final List<String> DEMO = List.of(
            "registration == \"LOCAL\" && age >= 80 && age < 90",
            "registration == \"LOCAL\" && age >= 90 && age < 100",
            "registration == \"LOCAL\" && age >= 100",
            "\"DISABLED\" in tags && grade(\"DISABLED\") >= 1 && grade(\"DISABLED\") <= 2",
            "\"DISABLED\" in tags && (\"SUBSISTENCE\" in tags || members.exists(m, \"SUBSISTENCE\" in m.tags))",
            "\"SUBSISTENCE\" in tags",
            "\"EXTREME_POVERTY\" in tags",
            "age < 18 && (\"CHILD_IN_HARDSHIP\" in tags || (\"LEFT_BEHIND_CHILD\" in tags && members.all(m, m.age >= 60 || m.age < 18)))",
            "\"ENTITLED\" in tags || \"VETERAN\" in tags && age >= 60");

    /** Every other construct of the language. */
    static final List<String> MORE = List.of(
            "\"AGED_80\" in tags && !(\"AGED_60\" in tags) == false",
            "age == 80 || age != 60 && age <= 18 || age > 99",
            "80 <= age && 20 > age - 62",
            "age_on(\"2027-12-31\") >= 80 && age < 80",
            "age % 10 == 0 && age / 10 >= 6 && -age < -59 && age * 2 - 1 > 100",
            "sex == \"女\" && relation in [\"HEAD\", \"SPOUSE\"] && registration != \"MIGRANT\"",
            "members.exists_one(m, m.sex == \"男\" && m.age >= 18) && size(members) >= 2",
            "household_size == 1 && age >= 60",
            "members.all(m, \"AGED_60\" in m.tags) && size(members) > 0",
            "(age >= 60 ? \"LIVING_ALONE\" in tags : grade(\"DISABLED\") == 3 || grade(\"DISABLED\") == 0 && \"DISABLED\" in tags)",
            "within(\"150104001002\") && age in [18, 60, 80] && age_on(\"2000-01-01\") < 1",
            "members.exists(m, members.exists(n, n.age > m.age + 50)) && relation == \"CHILD\"",
            "\"COMMUNITY_CORRECTION\" in tags || members.exists(m, m.relation == \"SPOUSE\" && m.age > age)",
            "true && !false || age < 0");

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

    TestUser admin;

    @BeforeEach
    void residentsOfTwoCommittees() {
        admin = TwoCommittees.load(jdbc, importer, places, divisions).admin();
    }

    static Stream<String> everyRule() {
        return Stream.concat(DEMO.stream(), MORE.stream());
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void sqlAndMemoryFindTheSameResidentsForTheSameReasons(String source) {
        ResidentRule rule = rules.compile(source, admin);
        List<Long> everyone = jdbc.sql("SELECT id FROM resident ORDER BY id").query(Long.class).list();
        int found = 0;
        for (LocalDate day : Population.DAYS) {
            Map<Long, String> bySql = new HashMap<>();
            rules.forEachMatch(rule, admin.scope(), day, m -> bySql.put(m.residentId(), m.reason()));
            Map<Long, String> inMemory = new HashMap<>();
            for (long id : everyone) {
                rules.evaluate(rule, id, day).ifPresent(m -> inMemory.put(m.residentId(), m.reason()));
            }
            assertThat(bySql).as("%s on %s", source, day).isEqualTo(inMemory);
            found += bySql.size();
        }
        assertThat(found).as("%s finds someone on one of the days", source).isPositive();
    }

    @Test
    void everyRuleOverOneResidentAtOnceIsEachRuleAlone() {
        List<ResidentRule> all = everyRule().map(source -> rules.compile(source, admin)).toList();
        List<Long> everyone = jdbc.sql("SELECT id FROM resident ORDER BY id").query(Long.class).list();
        LocalDate day = Population.DAYS.getFirst();
        for (long id : everyone) {
            List<java.util.Optional<RuleMatch>> together = rules.evaluateAll(all, id, day);
            assertThat(together).as("resident %d", id)
                    .isEqualTo(all.stream().map(rule -> rules.evaluate(rule, id, day)).toList());
        }
    }

    @Test
    void theDemoRulesFindSomeoneAndNotEveryone() {
        long living = jdbc.sql("SELECT count(*) FROM resident WHERE status = 'LIVING'").query(Long.class).single();
        for (String source : DEMO) {
            long found = rules.countByCommittee(rules.compile(source, admin), admin.scope(), Population.DAYS.getFirst())
                    .values().stream().mapToLong(Long::longValue).sum();
            assertThat(found).as(source).isPositive().isLessThan(living);
        }
    }
}
