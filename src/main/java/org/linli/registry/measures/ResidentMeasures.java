package org.linli.registry.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.registry.rules.Grades;
import org.linli.shared.measures.Measure;
import org.linli.shared.measures.MeasureSource;
import org.linli.shared.measures.PerCommittee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's people for the one set of tables (一套表): living residents, households, age bands
 * and the groups residents hold tags for, counted on the period's last day. Ages are whole years as
 * {@code java.time.Period} counts them (born on 29 February, one is a year older on 1 March), written
 * as birth-date bounds; a tag counts when held on the day, and a disability's grade is read from the
 * tag's detail as the eligibility rules read it ({@link Grades}). The registry keeps no dated living
 * status, so a resident who moved away or died is left out whatever the day.
 */
@Component
class ResidentMeasures implements MeasureSource {

    private static final String PEOPLE = "人";

    /** One measure: a condition over {@code r} (the resident) and {@code g} (their tags on the day). */
    private record Count(Measure measure, String condition, boolean households, boolean tags) {

        String column() {
            return (households ? "count(DISTINCT r.household_id)" : "count(*)") + " FILTER (WHERE " + condition + ")";
        }
    }

    private static final List<Count> COUNTS = counts();

    private final JdbcClient jdbc;

    ResidentMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static List<Count> counts() {
        List<Count> c = new ArrayList<>();
        c.add(people("registry.residents", "常住居民", "true"));
        c.add(new Count(new Measure("registry.households", "户数", "户", PEOPLE, false), "true", true, false));
        c.add(people("registry.registration.local", "户籍人口", "r.registration = 'LOCAL'"));
        c.add(people("registry.registration.elsewhere", "户籍在外地人口", "r.registration = 'ELSEWHERE'"));
        c.add(people("registry.registration.migrant", "流动人口", "r.registration = 'MIGRANT'"));
        c.add(people("registry.male", "男性居民", "r.sex = 'MALE'"));
        c.add(people("registry.female", "女性居民", "r.sex <> 'MALE'"));
        c.add(people("registry.aged-0-17", "0—17岁未成年人", "r.birth_date > :born18"));
        c.add(people("registry.aged-18-59", "18—59岁居民", "r.birth_date <= :born18 AND r.birth_date > :born60"));
        c.add(people("registry.aged-60", "60周岁及以上老年人", "r.birth_date <= :born60"));
        c.add(people("registry.aged-80", "80周岁及以上高龄老人", "r.birth_date <= :born80"));
        c.add(tagged("registry.disabled", "残疾人", "'DISABLED' = ANY(g.tags)"));
        String[] grades = {"一", "二", "三", "四"};
        for (int grade = 1; grade <= 4; grade++) {
            c.add(tagged("registry.disabled.grade-" + grade, grades[grade - 1] + "级残疾人", "g.grade = " + grade));
        }
        c.add(new Count(new Measure("registry.subsistence-households", "低保户", "户", PEOPLE, false),
                "'SUBSISTENCE' = ANY(g.tags)", true, true));
        c.add(tagged("registry.subsistence", "低保人数", "'SUBSISTENCE' = ANY(g.tags)"));
        c.add(tagged("registry.extreme-poverty", "特困人员", "'EXTREME_POVERTY' = ANY(g.tags)"));
        c.add(tagged("registry.living-alone", "独居老人", "'LIVING_ALONE' = ANY(g.tags) AND r.birth_date <= :born60"));
        c.add(tagged("registry.empty-nest", "空巢老人", "'EMPTY_NEST' = ANY(g.tags) AND r.birth_date <= :born60"));
        c.add(tagged("registry.left-behind-children", "留守儿童", "'LEFT_BEHIND_CHILD' = ANY(g.tags)"));
        c.add(tagged("registry.children-in-hardship", "困境儿童", "'CHILD_IN_HARDSHIP' = ANY(g.tags)"));
        c.add(tagged("registry.entitled", "优抚对象", "'ENTITLED' = ANY(g.tags)"));
        c.add(tagged("registry.veterans", "退役军人", "'VETERAN' = ANY(g.tags)"));
        return List.copyOf(c);
    }

    private static Count people(String code, String label, String condition) {
        return new Count(new Measure(code, label, PEOPLE, PEOPLE, false), condition, false, false);
    }

    private static Count tagged(String code, String label, String condition) {
        return new Count(new Measure(code, label, PEOPLE, PEOPLE, false), condition, false, true);
    }

    @Override
    public List<Measure> measures() {
        return COUNTS.stream().map(Count::measure).toList();
    }

    @Override
    public Map<String, Map<String, Long>> compute(Set<String> codes, List<String> committeePaths, LocalDate from, LocalDate to) {
        List<Count> asked = COUNTS.stream().filter(c -> codes.contains(c.measure().code())).toList();
        Map<String, Map<String, Long>> values = new HashMap<>();
        if (asked.isEmpty() || committeePaths.isEmpty()) {
            return values;
        }
        List<String> order = asked.stream().map(c -> c.measure().code()).toList();
        jdbc.sql(sql(asked))
                .param("committees", PerCommittee.committees(committeePaths))
                .param("under", PerCommittee.under(committeePaths))
                .param("to", to).param("born18", to.minusYears(18)).param("born60", to.minusYears(60))
                .param("born80", to.minusYears(80))
                .query(rs -> {
                    PerCommittee.read(rs, order, values);
                });
        return values;
    }

    /**
     * One pass over the committees' living residents. Tags held on the day are gathered per
     * resident first ({@code g}: the codes and the most severe disability grade), only when a
     * measure needs them. Only fixed conditions of this class go into the text; days are bound.
     */
    private static String sql(List<Count> asked) {
        boolean tags = asked.stream().anyMatch(Count::tags);
        StringBuilder sql = new StringBuilder(PerCommittee.WITH);
        if (tags) {
            sql.append("""
                    , g AS (SELECT t.resident_id, array_agg(t.tag_code) AS tags,
                                   min(CASE WHEN t.tag_code = 'DISABLED' THEN %s END) AS grade
                            FROM resident_tag t WHERE t.since <= :to AND (t.until IS NULL OR t.until > :to)
                            GROUP BY t.resident_id)
                    """.formatted(Grades.SQL));
        }
        sql.append("SELECT committee.path");
        asked.forEach(c -> sql.append(",\n       ").append(c.column()));
        sql.append("\nFROM resident r").append(PerCommittee.join("r.division_path"));
        if (tags) {
            sql.append("LEFT JOIN g ON g.resident_id = r.id ");
        }
        sql.append("""

                WHERE r.status = 'LIVING' AND r.birth_date <= :to AND r.division_path LIKE :under || '%'
                GROUP BY committee.path""");
        return sql.toString();
    }
}
