package org.linli.reports.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.registry.CommitteeResidents;
import org.linli.shared.measures.Measure;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared catalogue over the demo district: each registry measure of a committee equals a count
 * made here without the measures' SQL (the committee's rows read plainly, ages counted by
 * {@link Period}, grades read from the details), and one call answers for several committees.
 */
@LinliTest
class MeasureCatalogueTest {

    @Autowired MeasureCatalogue catalogue;
    @Autowired CommitteeResidents committeeResidents;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    record Person(long id, long household, LocalDate birth, String sex, String registration, Set<String> tags, int grade) {
        int age(LocalDate on) {
            return Period.between(birth, on).getYears();
        }
    }

    private List<Person> living(String committee, LocalDate on) {
        Map<Long, Set<String>> tags = new HashMap<>();
        Map<Long, Integer> grades = new HashMap<>();
        jdbc.sql("""
                        SELECT t.resident_id, t.tag_code, t.detail FROM resident_tag t JOIN resident r ON r.id = t.resident_id
                        WHERE r.division_path LIKE :p || '%' AND t.since <= :on AND (t.until IS NULL OR t.until > :on)""")
                .param("p", committee).param("on", on)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                    if ("DISABLED".equals(rs.getString(2))) {
                        grades.put(rs.getLong(1), grade(rs.getString(3)));
                    }
                });
        return jdbc.sql("""
                        SELECT id, household_id, birth_date, sex, registration FROM resident
                        WHERE division_path LIKE :p || '%' AND status = 'LIVING'""")
                .param("p", committee)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5), tags.getOrDefault(rs.getLong(1), Set.of()), grades.getOrDefault(rs.getLong(1), 0)))
                .list().stream().filter(p -> !p.birth().isAfter(on)).toList();
    }

    private static int grade(String detail) {
        String[][] names = {{"一级", "1级"}, {"二级", "2级"}, {"三级", "3级"}, {"四级", "4级"}};
        for (int g = 0; g < names.length; g++) {
            if (detail != null && (detail.contains(names[g][0]) || detail.contains(names[g][1]))) {
                return g + 1;
            }
        }
        return 0;
    }

    private Map<String, Long> expected(List<Person> people, LocalDate on) {
        Map<String, Predicate<Person>> people1 = new HashMap<>();
        people1.put("registry.residents", p -> true);
        people1.put("registry.registration.local", p -> p.registration().equals("LOCAL"));
        people1.put("registry.registration.elsewhere", p -> p.registration().equals("ELSEWHERE"));
        people1.put("registry.registration.migrant", p -> p.registration().equals("MIGRANT"));
        people1.put("registry.male", p -> p.sex().equals("MALE"));
        people1.put("registry.female", p -> !p.sex().equals("MALE"));
        people1.put("registry.aged-0-17", p -> p.age(on) < 18);
        people1.put("registry.aged-18-59", p -> p.age(on) >= 18 && p.age(on) < 60);
        people1.put("registry.aged-60", p -> p.age(on) >= 60);
        people1.put("registry.aged-80", p -> p.age(on) >= 80);
        people1.put("registry.disabled", p -> p.tags().contains("DISABLED"));
        for (int g = 1; g <= 4; g++) {
            int grade = g;
            people1.put("registry.disabled.grade-" + g, p -> p.tags().contains("DISABLED") && p.grade() == grade);
        }
        people1.put("registry.subsistence", p -> p.tags().contains("SUBSISTENCE"));
        people1.put("registry.extreme-poverty", p -> p.tags().contains("EXTREME_POVERTY"));
        people1.put("registry.living-alone", p -> p.tags().contains("LIVING_ALONE") && p.age(on) >= 60);
        people1.put("registry.empty-nest", p -> p.tags().contains("EMPTY_NEST") && p.age(on) >= 60);
        people1.put("registry.left-behind-children", p -> p.tags().contains("LEFT_BEHIND_CHILD"));
        people1.put("registry.children-in-hardship", p -> p.tags().contains("CHILD_IN_HARDSHIP"));
        people1.put("registry.entitled", p -> p.tags().contains("ENTITLED"));
        people1.put("registry.veterans", p -> p.tags().contains("VETERAN"));
        Map<String, Long> expected = new HashMap<>();
        people1.forEach((code, test) -> expected.put(code, people.stream().filter(test).count()));
        expected.put("registry.subsistence-households",
                people.stream().filter(p -> p.tags().contains("SUBSISTENCE")).map(Person::household).distinct().count());
        return expected;
    }

    @Test
    void eachRegistryMeasureOfACommitteeEqualsItsOwnCount() {
        LocalDate today = clock.today();
        String committee = RegistryFixtures.OWN_COMMITTEE;
        List<Person> people = living(committee, today);
        Map<String, Long> expected = expected(people, today);
        // households as the registry keeps them: open until the last member leaves or dies
        expected.put("registry.households", jdbc.sql("SELECT count(*) FROM household WHERE closed_on IS NULL AND division_path LIKE :p || '%'")
                .param("p", committee).query(Long.class).single());
        Set<String> registry = catalogue.all().stream().map(Measure::code)
                .filter(c -> c.startsWith("registry.") && !c.startsWith("registry.organisations")).collect(Collectors.toSet());
        assertThat(registry).containsExactlyInAnyOrderElementsOf(expected.keySet());

        Map<String, Map<String, Long>> values = catalogue.compute(registry, List.of(committee), today.withDayOfMonth(1), today);

        assertThat(people).hasSizeGreaterThan(100);
        expected.forEach((code, n) -> assertThat(values.get(code).get(committee)).as(code).isEqualTo(n));
        assertThat(expected.get("registry.aged-60")).isPositive();
        assertThat(expected.get("registry.disabled")).isPositive();
        // the registry's own face agrees on who is of age
        assertThat(values.get("registry.aged-18-59").get(committee) + values.get("registry.aged-60").get(committee))
                .isEqualTo(committeeResidents.adults(committee, today).size());
    }

    @Test
    void oneCallAnswersForSeveralCommitteesAndTheirStreet() {
        LocalDate today = clock.today();
        String street = "/15/1501/150104/150104001/";
        List<String> committees = jdbc.sql("SELECT path FROM division WHERE level = 'COMMITTEE' AND path LIKE :p || '%' ORDER BY path")
                .param("p", street).query(String.class).list();
        List<String> asked = new java.util.ArrayList<>(committees);
        asked.add(street);
        Set<String> codes = Set.of("registry.residents", "registry.aged-60", "registry.organisations", "casework.cases",
                "casework.closed", "gridwork.visits");

        Map<String, Map<String, Long>> values = catalogue.compute(codes, asked, today.minusYears(1), today);

        assertThat(committees).hasSizeGreaterThan(3);
        long sum = 0;
        for (String c : committees) {
            long n = living(c, today).stream().filter(p -> p.age(today) >= 60).count();
            assertThat(values.get("registry.aged-60").get(c)).as(c).isEqualTo(n);
            sum += values.get("registry.residents").get(c);
            assertThat(values.get("casework.cases").get(c)).as(c).isEqualTo(jdbc.sql("""
                            SELECT count(*) FROM case_record WHERE division_path LIKE :p || '%'
                              AND created_at >= :from AND created_at < :to""")
                    .param("p", c).param("from", today.minusYears(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                    .param("to", today.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime()).query(Long.class).single());
        }
        assertThat(values.get("registry.residents").get(street)).as("a street counts all its committees").isEqualTo(sum);
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(codes);
    }
}
