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

    /** Where a measure is counted: living residents, their tags held on the day, or open households. */
    private enum Part { PEOPLE, TAGGED, HOMES }

    /** One measure: a condition over {@code r} (the resident) and, for tags, {@code t} (the tag held). */
    private record Count(Measure measure, Part part, String condition, String tag) {

        String column() {
            return switch (part) {
                case PEOPLE -> "count(*) FILTER (WHERE " + condition + ")";
                case TAGGED -> "count(DISTINCT " + condition + ") FILTER (WHERE t.tag_code = '" + tag + "')";
                case HOMES -> "count(*)";
            };
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
        c.add(new Count(new Measure("registry.households", "户数", "户", PEOPLE, false), Part.HOMES, "", null));
        c.add(people("registry.registration.local", "户籍人口", "r.registration = 'LOCAL'"));
        c.add(people("registry.registration.elsewhere", "户籍在外地人口", "r.registration = 'ELSEWHERE'"));
        c.add(people("registry.registration.migrant", "流动人口", "r.registration = 'MIGRANT'"));
        c.add(people("registry.male", "男性居民", "r.sex = 'MALE'"));
        c.add(people("registry.female", "女性居民", "r.sex <> 'MALE'"));
        c.add(people("registry.aged-0-17", "0—17岁未成年人", "r.birth_date > :born18"));
        c.add(people("registry.aged-18-59", "18—59岁居民", "r.birth_date <= :born18 AND r.birth_date > :born60"));
        c.add(people("registry.aged-60", "60周岁及以上老年人", "r.birth_date <= :born60"));
        c.add(people("registry.aged-80", "80周岁及以上高龄老人", "r.birth_date <= :born80"));
        c.add(tagged("registry.disabled", "残疾人", "DISABLED", "r.id"));
        String[] grades = {"一", "二", "三", "四"};
        for (int grade = 1; grade <= 4; grade++) {
            c.add(tagged("registry.disabled.grade-" + grade, grades[grade - 1] + "级残疾人", "DISABLED",
                    "CASE WHEN " + Grades.SQL + " = " + grade + " THEN r.id END"));
        }
        c.add(new Count(new Measure("registry.subsistence-households", "低保户", "户", PEOPLE, false), Part.TAGGED,
                "r.household_id", "SUBSISTENCE"));
        c.add(tagged("registry.subsistence", "低保人数", "SUBSISTENCE", "r.id"));
        c.add(tagged("registry.extreme-poverty", "特困人员", "EXTREME_POVERTY", "r.id"));
        c.add(tagged("registry.living-alone", "独居老人", "LIVING_ALONE", "CASE WHEN r.birth_date <= :born60 THEN r.id END"));
        c.add(tagged("registry.empty-nest", "空巢老人", "EMPTY_NEST", "CASE WHEN r.birth_date <= :born60 THEN r.id END"));
        c.add(tagged("registry.left-behind-children", "留守儿童", "LEFT_BEHIND_CHILD", "r.id"));
        c.add(tagged("registry.children-in-hardship", "困境儿童", "CHILD_IN_HARDSHIP", "r.id"));
        c.add(tagged("registry.entitled", "优抚对象", "ENTITLED", "r.id"));
        c.add(tagged("registry.veterans", "退役军人", "VETERAN", "r.id"));
        return List.copyOf(c);
    }

    private static Count people(String code, String label, String condition) {
        return new Count(new Measure(code, label, PEOPLE, PEOPLE, false), Part.PEOPLE, condition, null);
    }

    /** Residents holding a tag, counted by what {@code counted} gives (null: not counted). */
    private static Count tagged(String code, String label, String tag, String counted) {
        return new Count(new Measure(code, label, PEOPLE, PEOPLE, false), Part.TAGGED, counted, tag);
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
        List<String> order = new ArrayList<>();
        String sql = sql(asked, order);
        jdbc.sql(sql)
                .param("committees", PerCommittee.committees(committeePaths))
                .param("under", PerCommittee.under(committeePaths))
                .param("tags", asked.stream().map(Count::tag).filter(java.util.Objects::nonNull).distinct().toArray(String[]::new))
                .param("to", to).param("born18", to.minusYears(18)).param("born60", to.minusYears(60))
                .param("born80", to.minusYears(80))
                .query(rs -> {
                    PerCommittee.read(rs, order, values);
                });
        return values;
    }

    /**
     * One statement, in up to three parts each grouped by committee and read once: the living
     * residents (one scan, plain counts), the tags held on the day joined to their living holders
     * (a few per cent of the residents, where distinct residents and households are counted), and
     * the households open on the day (the registry closes a household when its last member leaves
     * or dies, as the sizing rules count them). Only fixed conditions of this class go into the
     * text; days and tag codes are bound.
     */
    private static String sql(List<Count> asked, List<String> order) {
        StringBuilder with = new StringBuilder(PerCommittee.WITH);
        StringBuilder select = new StringBuilder("SELECT committee.path");
        StringBuilder from = new StringBuilder(" FROM committee");
        for (Part part : Part.values()) {
            List<Count> counts = asked.stream().filter(c -> c.part() == part).toList();
            if (counts.isEmpty()) {
                continue;
            }
            String name = part.name().toLowerCase(java.util.Locale.ROOT);
            with.append(", ").append(name).append(" AS (SELECT committee.path");
            for (int i = 0; i < counts.size(); i++) {
                with.append(", ").append(counts.get(i).column()).append(" AS n").append(i);
                select.append(", coalesce(").append(name).append(".n").append(i).append(", 0)");
                order.add(counts.get(i).measure().code());
            }
            with.append(switch (part) {
                case PEOPLE -> " FROM resident r" + PerCommittee.join("r.division_path") + LIVING;
                case TAGGED -> " FROM resident_tag t JOIN resident r ON r.id = t.resident_id" + PerCommittee.join("r.division_path")
                        + LIVING + " AND t.tag_code = ANY(CAST(:tags AS text[])) AND t.since <= :to AND (t.until IS NULL OR t.until > :to)";
                case HOMES -> " FROM household h" + PerCommittee.join("h.division_path")
                        + "WHERE (h.closed_on IS NULL OR h.closed_on > :to) AND h.division_path LIKE :under || '%'";
            }).append(" GROUP BY committee.path)\n");
            from.append(" LEFT JOIN ").append(name).append(" ON ").append(name).append(".path = committee.path");
        }
        return with.append(select).append(from).toString();
    }

    /** The statement for these codes, as {@link #compute} runs it (the benchmark explains it). */
    static String sqlFor(Set<String> codes) {
        return sql(COUNTS.stream().filter(c -> codes.contains(c.measure().code())).toList(), new ArrayList<>());
    }

    private static final String LIVING = "WHERE r.status = 'LIVING' AND r.birth_date <= :to AND r.division_path LIKE :under || '%'";
}
