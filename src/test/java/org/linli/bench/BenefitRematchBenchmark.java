package org.linli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.benefits.matching.Matching;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify}: re-matching one changed resident against every benefit in force
 * covering them (the demo district's catalogue of nine), as the registry's {@code ResidentChanged}
 * does, for a few hundred living residents of the demo district picked at random; each call is its
 * own transaction (evaluate in memory per benefit, then open or close that resident's matches).
 * See docs/benchmarks.md for the command.
 */
@SpringBootTest(properties = {"logging.level.root=WARN"})
@ActiveProfiles("test")
class BenefitRematchBenchmark {

    private static final int RESIDENTS = Integer.getInteger("bench.residents", 300);
    private static final int WARM_UP = 50;

    @Autowired
    Matching matching;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rematchOneResident() throws IOException {
        jdbc.sql("SELECT setseed(0.14)").query(Double.class).optional();
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM resident WHERE status = 'LIVING' AND division_path LIKE '/15/1501/150104/%'
                        ORDER BY random() LIMIT :n""")
                .param("n", RESIDENTS + WARM_UP).query(Long.class).list();
        long living = jdbc.sql("SELECT count(*) FROM resident WHERE status = 'LIVING'").query(Long.class).single();
        long benefits = jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
        long open = jdbc.sql("SELECT count(*) FROM benefit_match WHERE closed_at IS NULL").query(Long.class).single();
        ids.subList(0, WARM_UP).forEach(matching::rematch);
        List<Long> measured = ids.subList(WARM_UP, ids.size());
        long[] nanos = new long[measured.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            matching.rematch(measured.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String report = String.join("\n",
                "living residents %,d, benefits %d, open matches %,d".formatted(living, benefits, open),
                "| re-match one resident | %d residents | p50 %.1f ms | p95 %.1f ms | max %.1f ms | aim p95 < 50 ms |".formatted(
                        nanos.length, ms(nanos, 0.50), ms(nanos, 0.95), nanos[nanos.length - 1] / 1e6));
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "benefit-rematch.txt"), report + "\n");
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
