package org.linli.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.registry.internal.ResidentStore;
import org.linli.registry.internal.ResidentStore.Criteria;
import org.linli.registry.internal.ResidentViews;
import org.linli.shared.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not part of {@code verify} (issue #12, item 11): a one-character name search over the district,
 * the page and its capped count, on the demo district grown to {@code linli.bench.residents}
 * residents (default 300,000) by copying its people under new ID hashes. Prints the plans and the
 * median of seven runs of the count as it was (three tables joined) and as it is (the resident
 * table alone). Run alone, its database is its own:
 * {@code ./mvnw test -Dtest=NameSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@LinliTest
class NameSearchBenchmark {

    private static final DataScope DISTRICT = new DataScope("/15/1501/150104/");

    /** The count as it was before issue #12: the view's three tables for each counted row. */
    private static final String JOINED_COUNT = "SELECT count(*) FROM (SELECT " + ResidentViews.COLUMNS + """

            FROM resident r JOIN household h ON h.id = r.household_id JOIN dwelling d ON d.id = h.dwelling_id
            WHERE r.division_path LIKE :prefix || '%' AND r.name LIKE :text || '%' LIMIT 10001) found""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResidentStore store;

    @Test
    void oneCharacterNameSearchOverTheDistrict() {
        int target = Integer.getInteger("linli.bench.residents", 300_000);
        grow(target);
        System.out.printf("BENCH residents %d%n", jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single());
        for (String text : new String[] {"王", "王伟"}) {
            Criteria criteria = new Criteria("r.name LIKE :text || '%'", Map.of("text", text));
            explain(JOINED_COUNT, text);
            explain("SELECT count(*) FROM (SELECT 1 FROM resident r WHERE r.division_path LIKE :prefix || '%'"
                    + " AND r.name LIKE :text || '%' LIMIT 10001) found", text);
            long joined = median(() -> jdbc.sql(JOINED_COUNT).param("prefix", DISTRICT.prefix()).param("text", text)
                    .query(Long.class).single());
            long alone = median(() -> store.count(DISTRICT, criteria, Residents.COUNT_CAP));
            long page = median(() -> store.search(DISTRICT, criteria, 20, 0).size());
            System.out.printf("BENCH \"%s\": count joined %d µs, count alone %d µs, page of 20 %d µs%n", text, joined, alone, page);
        }
    }

    /** Copies residents under new ID hashes until there are {@code target}, then analyses the table. */
    private void grow(int target) {
        List<String> columns = jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_name = 'resident' AND column_name NOT IN ('id') ORDER BY ordinal_position""")
                .query(String.class).list();
        String select = String.join(", ", columns.stream()
                .map(c -> c.equals("id_hash") ? "sha256(id_hash || convert_to(:round || '-' || id, 'UTF8'))" : c).toList());
        int round = 0;
        long count;
        while ((count = jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single()) < target) {
            jdbc.sql("INSERT INTO resident (" + String.join(", ", columns) + ") SELECT " + select
                            + " FROM resident ORDER BY id LIMIT :n")
                    .param("round", String.valueOf(round++)).param("n", target - count).update();
        }
        jdbc.sql("ANALYZE resident").update();
    }

    private void explain(String sql, String text) {
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).param("prefix", DISTRICT.prefix()).param("text", text)
                .query(String.class).list().forEach(line -> System.out.println("BENCH " + line));
    }

    private static long median(Supplier<Object> run) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            run.get();
            times.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(times);
        return times.get(3);
    }
}
