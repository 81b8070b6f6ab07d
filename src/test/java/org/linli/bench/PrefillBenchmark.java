package org.linli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.linli.casework.stats.HistoricalCases;
import org.linli.registry.ResidentTags;
import org.linli.registry.measures.ResidentMeasureSql;
import org.linli.reports.measures.MeasureCatalogue;
import org.linli.shared.Times;
import org.linli.shared.measures.PerCommittee;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify} (issue #15): pre-filling a 20-field template (16 registry measures, 4
 * of the case loop) for every committee of a district of {@code bench.residents} residents (default
 * 1,000,000, generated as RuleBenchmark does) and {@code bench.cases} cases over a year (default
 * 200,000), through {@link MeasureCatalogue#compute} — one query per source for all committees —
 * and, alternately in the same run, by two hand-written GROUP BY queries cutting each row's path to
 * its committee, and PostgreSQL's own count of the residents; {@code bench.runs} times each
 * (default 5). See docs/benchmarks.md; it writes {@code target/benchmarks/prefill.txt}.
 */
@SpringBootTest(properties = {"linli.demo.registry-streets=none", "logging.level.root=WARN"})
@ActiveProfiles("test")
class PrefillBenchmark {

    private static final int RESIDENTS = Integer.getInteger("bench.residents", 1_000_000);
    private static final int CASES = Integer.getInteger("bench.cases", 200_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    static final List<String> FIELDS = List.of("registry.residents", "registry.households", "registry.registration.local",
            "registry.registration.migrant", "registry.male", "registry.female", "registry.aged-0-17", "registry.aged-18-59",
            "registry.aged-60", "registry.aged-80", "registry.disabled", "registry.disabled.grade-1",
            "registry.subsistence-households", "registry.subsistence", "registry.extreme-poverty", "registry.living-alone",
            "casework.cases", "casework.closed", "casework.cases.SANITATION", "casework.cases.NOISE");

    private static final String COMMITTEE = "substring(%s from '^(/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/)')";

    @Autowired JdbcClient jdbc;
    @Autowired ResidentTags tags;
    @Autowired DataSource dataSource;
    @Autowired MeasureCatalogue catalogue;

    private final List<String> out = new ArrayList<>();

    @Test
    void aTwentyFieldTemplateForEveryCommitteeOfAMillionResidents() throws Exception {
        String district = jdbc.sql("SELECT path FROM division WHERE code = '150104'").query(String.class).single();
        long start = System.nanoTime();
        BenchResidents.generate(jdbc, tags, district, RESIDENTS);
        int cases = HistoricalCases.insert(dataSource, district, CASES, 365, 0.1515);
        jdbc.sql("VACUUM ANALYZE resident").update();
        jdbc.sql("VACUUM ANALYZE resident_tag").update();
        jdbc.sql("VACUUM ANALYZE case_record").update();
        List<String> committees = jdbc.sql("SELECT path FROM division WHERE level = 'COMMITTEE' AND path LIKE :d || '%' ORDER BY path")
                .param("d", district).query(String.class).list();
        print("generated %,d living residents, %,d cases, %d committees in %.0f s (not a measure of Linli)",
                count("resident WHERE status = 'LIVING'"), cases, committees.size(), (System.nanoTime() - start) / 1e9);
        LocalDate to = LocalDate.now(Times.zone()).withDayOfMonth(1).minusDays(1);
        LocalDate from = to.withDayOfMonth(1);
        Set<String> codes = new LinkedHashSet<>(FIELDS);

        Map<String, Map<String, Long>>[] last = new Map[2];
        double[] medians = alternately(
                () -> last[0] = catalogue.compute(codes, committees, from, to),
                () -> last[1] = byHand(district, from, to),
                () -> Map.of("n", Map.of("n", count("resident"))));
        int mismatches = 0;
        for (String code : FIELDS) {
            for (String c : committees) {
                long a = last[0].get(code).getOrDefault(c, 0L);
                long b = last[1].getOrDefault(code, Map.of()).getOrDefault(c, 0L);
                if (a != b) {
                    mismatches++;
                }
            }
        }
        print("pre-fill, %d fields × %d committees (period %s … %s), median of %d:", FIELDS.size(), committees.size(), from, to, RUNS);
        print("  MeasureCatalogue.compute (one query per source): %.0f ms  (aim < 2,000 ms)", medians[0]);
        print("  hand-written GROUP BY (path cut by regexp):      %.0f ms", medians[1]);
        print("  SELECT count(*) FROM resident:                   %.0f ms", medians[2]);
        print("  values differing between the two: %d", mismatches);
        print("%nEXPLAIN ANALYZE of the registry's statement (16 fields):%n%s", explain(ResidentMeasureSql.sql(codes), committees, to));
        print("%nEXPLAIN ANALYZE of the hand-written residents' query:%n%s", explain(district, to));
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/prefill.txt"), out);
    }

    /** The same twenty counts, written by hand: each row's committee cut from its path, one GROUP BY per table. */
    private Map<String, Map<String, Long>> byHand(String district, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        List<String> people = FIELDS.subList(0, 16);
        jdbc.sql(residentsByHand()).param("d", district).param("to", to).param("born18", to.minusYears(18))
                .param("born60", to.minusYears(60)).param("born80", to.minusYears(80))
                .query(rs -> {
                    for (int i = 0; i < people.size(); i++) {
                        values.computeIfAbsent(people.get(i), k -> new HashMap<>()).put(rs.getString(1), rs.getLong(i + 2));
                    }
                });
        jdbc.sql("""
                        SELECT %s, count(*) FROM household WHERE (closed_on IS NULL OR closed_on > :to) AND division_path LIKE :d || '%%'
                        GROUP BY 1""".formatted(COMMITTEE.formatted("division_path")))
                .param("d", district).param("to", to)
                .query(rs -> {
                    values.get("registry.households").put(rs.getString(1), rs.getLong(2));
                });
        List<String> events = FIELDS.subList(16, 20);
        jdbc.sql("""
                        SELECT %s, count(*) FILTER (WHERE created_at >= :start AND created_at < :end),
                               count(*) FILTER (WHERE closed_at >= :start AND closed_at < :end),
                               count(*) FILTER (WHERE created_at >= :start AND created_at < :end AND category_code = 'SANITATION'),
                               count(*) FILTER (WHERE created_at >= :start AND created_at < :end AND category_code = 'NOISE')
                        FROM case_record WHERE division_path LIKE :d || '%%'
                          AND ((created_at >= :start AND created_at < :end) OR (closed_at >= :start AND closed_at < :end))
                        GROUP BY 1""".formatted(COMMITTEE.formatted("division_path")))
                .param("d", district).param("start", from.atStartOfDay(Times.zone()).toOffsetDateTime())
                .param("end", to.plusDays(1).atStartOfDay(Times.zone()).toOffsetDateTime())
                .query(rs -> {
                    for (int i = 0; i < events.size(); i++) {
                        values.computeIfAbsent(events.get(i), k -> new HashMap<>()).put(rs.getString(1), rs.getLong(i + 2));
                    }
                });
        return values;
    }

    private static String residentsByHand() {
        return """
                SELECT %s, count(*), 0, count(*) FILTER (WHERE r.registration = 'LOCAL'),
                       count(*) FILTER (WHERE r.registration = 'MIGRANT'), count(*) FILTER (WHERE r.sex = 'MALE'),
                       count(*) FILTER (WHERE r.sex <> 'MALE'), count(*) FILTER (WHERE r.birth_date > :born18),
                       count(*) FILTER (WHERE r.birth_date <= :born18 AND r.birth_date > :born60),
                       count(*) FILTER (WHERE r.birth_date <= :born60), count(*) FILTER (WHERE r.birth_date <= :born80),
                       count(*) FILTER (WHERE 'DISABLED' = ANY(g.tags)), count(*) FILTER (WHERE g.grade = 1),
                       count(DISTINCT r.household_id) FILTER (WHERE 'SUBSISTENCE' = ANY(g.tags)),
                       count(*) FILTER (WHERE 'SUBSISTENCE' = ANY(g.tags)), count(*) FILTER (WHERE 'EXTREME_POVERTY' = ANY(g.tags)),
                       count(*) FILTER (WHERE 'LIVING_ALONE' = ANY(g.tags) AND r.birth_date <= :born60)
                FROM resident r LEFT JOIN (
                    SELECT t.resident_id, array_agg(t.tag_code) AS tags,
                           min(CASE WHEN t.tag_code = 'DISABLED' THEN (CASE WHEN t.detail ~ '[一1１]级' THEN 1 WHEN t.detail ~ '[二2２]级' THEN 2
                               WHEN t.detail ~ '[三3３]级' THEN 3 WHEN t.detail ~ '[四4４]级' THEN 4 END) END) AS grade
                    FROM resident_tag t WHERE t.since <= :to AND (t.until IS NULL OR t.until > :to) GROUP BY t.resident_id) g
                  ON g.resident_id = r.id
                WHERE r.status = 'LIVING' AND r.birth_date <= :to AND r.division_path LIKE :d || '%%'
                GROUP BY 1""".formatted(COMMITTEE.formatted("r.division_path"));
    }

    @SafeVarargs
    private static double[] alternately(Supplier<Map<String, Map<String, Long>>>... ways) {
        for (Supplier<Map<String, Map<String, Long>>> way : ways) {
            way.get();
        }
        long[][] nanos = new long[ways.length][RUNS];
        for (int run = 0; run < RUNS; run++) {
            for (int w = 0; w < ways.length; w++) {
                long t = System.nanoTime();
                ways[w].get();
                nanos[w][run] = System.nanoTime() - t;
            }
        }
        double[] medians = new double[ways.length];
        for (int w = 0; w < ways.length; w++) {
            Arrays.sort(nanos[w]);
            medians[w] = nanos[w][RUNS / 2] / 1e6;
        }
        return medians;
    }

    private String explain(String district, LocalDate to) {
        return String.join("\n", jdbc.sql("EXPLAIN (ANALYZE, BUFFERS OFF) " + residentsByHand()).param("d", district).param("to", to)
                .param("born18", to.minusYears(18)).param("born60", to.minusYears(60)).param("born80", to.minusYears(80))
                .query(String.class).list());
    }

    private String explain(String sql, List<String> committees, LocalDate to) {
        return String.join("\n", jdbc.sql("EXPLAIN (ANALYZE, BUFFERS OFF) " + sql)
                .param("committees", committees.toArray(String[]::new)).param("under", PerCommittee.under(committees))
                .param("tags", new String[] {"DISABLED", "SUBSISTENCE", "EXTREME_POVERTY", "LIVING_ALONE"})
                .param("to", to).param("born18", to.minusYears(18)).param("born60", to.minusYears(60))
                .param("born80", to.minusYears(80)).query(String.class).list());
    }

    private void print(String format, Object... args) {
        String line = format.formatted(args);
        System.out.println(line);
        out.add(line);
    }

    private long count(String from) {
        return jdbc.sql("SELECT count(*) FROM " + from).query(Long.class).single();
    }
}
