package org.linli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linli.registry.internal.Vault;
import org.linli.shared.IdNumber;
import org.linli.testing.RegistryFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #11, 2: a database at V26 with residents (region and last four still in clear) migrates to
 * keyed hashes (V26_1, Java, with the vault's key as the application reads it) and loses nothing:
 * every row is still there and found by its last four; the clear columns are gone.
 */
class KeyedIdPartsMigrationTest {

    private static final int RESIDENTS = 2_100; // more than one page of the migration's 2,000

    @TempDir
    Path dataDir;

    @Test
    void everyRowSurvivesAndIsFoundByItsLastFour() throws Exception {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        String key = Base64.getEncoder().encodeToString(master);
        Vault vault = Vault.open(key, dataDir);
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start()) {
            DataSource db = server.getPostgresDatabase();
            flyway(db, key, "26").migrate();
            JdbcClient jdbc = JdbcClient.create(db);
            List<String> numbers = new TransactionTemplate(new DataSourceTransactionManager(db))
                    .execute(status -> residentsAtV26(jdbc, vault));
            jdbc.sql("""
                    INSERT INTO audit_log (actor, action, target, detail)
                    VALUES ('worker', 'PERSONAL_DATA_REVEAL', '居民 张三（150104********123X）', '旧掩码 150104********0011')""").update();

            flyway(db, key, "latest").migrate();

            // The old masks in the audit log (region and last four) are rewritten before the log is sealed.
            assertThat(jdbc.sql("SELECT target || ' ' || detail FROM audit_log WHERE action = 'PERSONAL_DATA_REVEAL'")
                    .query(String.class).single()).isEqualTo("居民 张三（150104***********X） 旧掩码 150104***********1");

            assertThat(jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single()).isEqualTo(RESIDENTS);
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM information_schema.columns
                            WHERE table_name = 'resident' AND column_name IN ('id_region', 'id_last4')""")
                    .query(Long.class).single()).isZero();
            for (int i = 0; i < RESIDENTS; i += 97) {
                String number = numbers.get(i);
                List<String> found = jdbc.sql("SELECT id_cipher FROM resident WHERE id_last4_hash = :h")
                        .param("h", vault.hashIdLast4(number.substring(14))).query(byte[].class).list()
                        .stream().map(vault::decrypt).toList();
                assertThat(found).contains(number).allMatch(n -> n.endsWith(number.substring(14)));
                assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE id_region_hash = :h AND id_hash = :id")
                        .param("h", vault.hashIdRegion(number.substring(0, 6))).param("id", vault.hash(number))
                        .query(Long.class).single()).isEqualTo(1);
            }
        }
    }

    private Flyway flyway(DataSource db, String key, String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target)
                .placeholders(Map.of("linli-vault-key", key, "linli-data-dir", dataDir.toString(), "approle", "linli_app")).load();
    }

    /** Residents written as the application wrote them before V26_1: region and last four in clear. */
    private static List<String> residentsAtV26(JdbcClient jdbc, Vault vault) {
        long building = jdbc.sql("""
                        INSERT INTO division (code, name, level, path) VALUES ('110105001001001001001', '1号楼', 'BUILDING',
                          '/11/1101/110105/110105001/110105001001/110105001001001/110105001001001001/110105001001001001001/')
                        RETURNING id""").query(Long.class).single();
        String path = "/11/1101/110105/110105001/110105001001/110105001001001/110105001001001001/110105001001001001001/";
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            long dwelling = jdbc.sql("""
                            INSERT INTO dwelling (building_id, division_path, entrance, room, address)
                            VALUES (:b, :p, 1, :room, :room) RETURNING id""")
                    .param("b", building).param("p", path).param("room", String.valueOf(1000 + i)).query(Long.class).single();
            long household = jdbc.sql("INSERT INTO household (dwelling_id, division_path) VALUES (:d, :p) RETURNING id")
                    .param("d", dwelling).param("p", path).query(Long.class).single();
            IdNumber id = IdNumber.parse(RegistryFixtures.idNumber(LocalDate.of(1940, 1, 1).plusDays(i * 11L), i % 1000));
            numbers.add(id.value());
            jdbc.sql("""
                            INSERT INTO resident (household_id, division_path, name, id_cipher, id_hash, id_region, id_last4,
                                                  birth_date, sex, registration, relation)
                            VALUES (:h, :p, :name, :c, :hash, :region, :last4, :birth, :sex, 'LOCAL', 'HEAD')""")
                    .param("h", household).param("p", path).param("name", "居民" + i).param("c", vault.encrypt(id.value()))
                    .param("hash", vault.hash(id.value())).param("region", id.region()).param("last4", id.lastFour())
                    .param("birth", id.birthDate()).param("sex", id.sex().name()).update();
        }
        return numbers;
    }
}
