package org.linli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.linli.registry.ResidentRules;
import org.linli.registry.ResidentRules.ResidentRule;
import org.linli.registry.ResidentTags;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not part of {@code verify} (issue #14): eligibility rules over {@code bench.residents} residents
 * (default 1,000,000) of the demo district, generated in SQL with tags at the demo's shares. Each
 * of twenty demo-sized rules is matched in bulk over the district by the engine's compiled SQL
 * (rows and reasons, through {@link ResidentRules#forEachMatch}) and by the same rule written by
 * hand in SQL (rows only), alternately, {@code bench.runs} times each (default 5); then one
 * resident evaluated in memory, {@code bench.calls} times (default 2,000). See docs/benchmarks.md;
 * it writes {@code target/benchmarks/rules.txt}.
 */
@SpringBootTest(properties = {"linli.demo.registry-streets=none", "logging.level.root=WARN"})
@ActiveProfiles("test")
class RuleBenchmark {

    private static final int RESIDENTS = Integer.getInteger("bench.residents", 1_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int CALLS = Integer.getInteger("bench.calls", 2_000);
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResidentRules rules;

    @Autowired
    ResidentTags tags;

    @Autowired
    TransactionTemplate transaction;

    private final List<String> out = new ArrayList<>();

    @Test
    void twentyRulesOverAMillionResidents() throws Exception {
        String district = jdbc.sql("SELECT path FROM division WHERE code = '150104'").query(String.class).single();
        DataScope scope = new DataScope(district);
        long start = System.nanoTime();
        BenchResidents.generate(jdbc, tags, district, RESIDENTS);
        print("generated %,d living residents in %,d households in %.0f s", count("resident WHERE status = 'LIVING'"),
                count("household"), (System.nanoTime() - start) / 1e9);
        TestUser admin = new TestUser(1, "admin", "管理员", Role.DISTRICT_ADMIN, 1, scope);
        print("%-4s %-100s %9s %10s %10s %7s", "rule", "source", "matches", "engine", "by hand", "ratio");
        double engineTotal = 0, handTotal = 0;
        int i = 0;
        for (Map.Entry<String, String> rule : RuleBenchmarkRules.RULES.entrySet()) {
            ResidentRule compiled = rules.compile(rule.getKey(), admin);
            long[] found = new long[2];
            LongSupplier engine = () -> {
                long[] n = {0};
                rules.forEachMatch(compiled, scope, DAY, m -> n[0]++);
                found[0] = n[0];
                return n[0];
            };
            LongSupplier hand = () -> {
                found[1] = transaction.execute(s -> byHand(rule.getValue(), scope));
                return found[1];
            };
            double[] medians = alternately(engine, hand);
            if (found[0] != found[1]) {
                print("MISMATCH %s: engine %d, by hand %d", rule.getKey(), found[0], found[1]);
            }
            engineTotal += medians[0];
            handTotal += medians[1];
            print("%-4d %-100s %,9d %7.1f ms %7.1f ms %6.2f×", ++i, rule.getKey(), found[0], medians[0], medians[1],
                    medians[0] / medians[1]);
        }
        print("all twenty: engine %.0f ms, by hand %.0f ms, %.2f×", engineTotal, handTotal, engineTotal / handTotal);
        evaluateOne(admin);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/rules.txt"), out);
    }

    private long byHand(String condition, DataScope scope) {
        long[] n = {0};
        jdbc.sql("SELECT r.id, r.household_id, r.division_path FROM resident r WHERE r.status = 'LIVING'"
                        + " AND r.division_path LIKE :scope || '%' AND (" + condition + ")")
                .param("scope", scope.prefix()).param("day", DAY)
                .query(rs -> {
                    n[0]++;
                });
        return n[0];
    }

    /** Medians of the engine and the hand-written query, run one after the other so load falls on both alike. */
    private static double[] alternately(LongSupplier engine, LongSupplier hand) {
        engine.getAsLong();
        hand.getAsLong();
        long[] a = new long[RUNS];
        long[] b = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long t = System.nanoTime();
            engine.getAsLong();
            a[run] = System.nanoTime() - t;
            t = System.nanoTime();
            hand.getAsLong();
            b[run] = System.nanoTime() - t;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new double[] {a[RUNS / 2] / 1e6, b[RUNS / 2] / 1e6};
    }

    private void evaluateOne(TestUser admin) {
        List<Long> ids = jdbc.sql("SELECT id FROM resident TABLESAMPLE SYSTEM (1) WHERE status = 'LIVING' LIMIT 5000")
                .query(Long.class).list();
        List<ResidentRule> compiled = RuleBenchmarkRules.RULES.keySet().stream().map(s -> rules.compile(s, admin)).toList();
        Random random = new Random(14);
        long[] nanos = new long[CALLS];
        int matched = 0;
        for (int i = -200; i < CALLS; i++) {
            ResidentRule rule = compiled.get(random.nextInt(compiled.size()));
            long id = ids.get(random.nextInt(ids.size()));
            long t = System.nanoTime();
            boolean match = rules.evaluate(rule, id, DAY).isPresent();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t;
                matched += match ? 1 : 0;
            }
        }
        Arrays.sort(nanos);
        print("evaluate one resident in memory (random rule of the twenty, random resident, %,d calls, %d matched):"
                        + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", CALLS, matched, nanos[CALLS / 2] / 1e6,
                nanos[(int) (CALLS * 0.95)] / 1e6, nanos[(int) (CALLS * 0.99)] / 1e6, nanos[CALLS - 1] / 1e6);
    }

    private long count(String from) {
        return jdbc.sql("SELECT count(*) FROM " + from).query(Long.class).single();
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("BENCH " + line);
        out.add(line);
    }
}
