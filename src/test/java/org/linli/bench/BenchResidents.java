package org.linli.bench;

import org.linli.demo.DemoTagRates;
import org.linli.registry.ResidentTags;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The residents the registry's benchmarks generate (RuleBenchmark, PrefillBenchmark), in SQL. */
final class BenchResidents {

    private BenchResidents() {
    }

    /**
     * Residents in SQL: a dwelling and household per two and a half people over the district's
     * buildings, ages skewed young with one in twenty 80 or over, one in five registered elsewhere
     * or migrant, one in twenty gone; then tags at the demo district's shares (DemoTagRates).
     */
    static void generate(JdbcClient jdbc, ResidentTags tags, String district, int residents) {
        long households = residents * 2L / 5;
        jdbc.sql("""
                        CREATE TEMP TABLE bench_building AS
                        SELECT id, path, row_number() OVER (ORDER BY id) - 1 AS i FROM division
                        WHERE level = 'BUILDING' AND path LIKE :district || '%'""").param("district", district).update();
        long buildings = jdbc.sql("SELECT count(*) FROM bench_building").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO dwelling (building_id, division_path, entrance, room, address)
                        SELECT b.id, b.path, 9, 'B' || (g / :buildings), 'bench'
                        FROM generate_series(0, :households - 1) g JOIN bench_building b ON b.i = g % :buildings""")
                .param("buildings", buildings).param("households", households).update();
        jdbc.sql("INSERT INTO household (dwelling_id, division_path) SELECT id, division_path FROM dwelling WHERE address = 'bench'")
                .update();
        jdbc.sql("""
                        CREATE TEMP TABLE bench_household AS
                        SELECT id, division_path, row_number() OVER (ORDER BY id) - 1 AS i FROM household h
                        WHERE NOT EXISTS (SELECT 1 FROM resident r WHERE r.household_id = h.id)""").update();
        jdbc.sql("CREATE INDEX ON bench_household (i)").update();
        jdbc.sql("""
                        INSERT INTO resident (household_id, division_path, name, id_cipher, id_hash, id_region_hash, id_last4_hash,
                                              birth_date, sex, registration, status, relation)
                        SELECT h.id, h.division_path, '居民' || g, '\\x01', decode(md5('bench' || g), 'hex'), '\\x01', '\\x01',
                               date '2027-03-01' - (CASE WHEN abs(hashtext('o' || g)) % 100 < 5
                                                         THEN 80 * 365 + abs(hashtext('a' || g)) % (22 * 365)
                                                         ELSE abs(hashtext('a' || g)) % (80 * 365) END),
                               CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
                               (ARRAY['LOCAL','LOCAL','LOCAL','LOCAL','LOCAL','LOCAL','LOCAL','LOCAL','ELSEWHERE','MIGRANT'])[1 + abs(hashtext('r' || g)) % 10],
                               CASE WHEN abs(hashtext('s' || g)) % 100 < 5 THEN 'MOVED_AWAY' ELSE 'LIVING' END,
                               CASE WHEN g = (h.i * :residents + :households - 1) / :households THEN 'HEAD'
                                    ELSE (ARRAY['SPOUSE','CHILD','PARENT','GRANDCHILD'])[1 + abs(hashtext('l' || g)) % 4] END
                        FROM generate_series(0, :residents - 1) g
                        JOIN bench_household h ON h.i = (g * :households) / :residents""")
                .param("residents", (long) residents).param("households", households).update();
        jdbc.sql("ANALYZE resident").update();
        tags.assignAtRates(DemoTagRates.eligibility(), DemoTagRates.rates(), "bench");
        jdbc.sql("ANALYZE resident_tag").update();
    }


}
