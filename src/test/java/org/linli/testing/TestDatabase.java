package org.linli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per test JVM (the same engine and version as the embedded default),
 * and a new, empty database in it for every application context the tests start: contexts never
 * see each other's rows, and no context pays for starting a server of its own.
 */
final class TestDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /** The JDBC URL of a database created for one context. */
    static synchronized String create() {
        EmbeddedPostgres postgres = server();
        String name = "linli_" + NEXT.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(Path.of("target", "test-postgres", UUID.randomUUID().toString()))
                        .setCleanDataDirectory(true)
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL", e);
            }
            // Stopped only after every application context has closed: a context still writes while it
            // closes (the event publication registry, for one), and would wait for a database that is gone.
            SpringApplication.getShutdownHandlers().add(TestDatabase::stop);
        }
        return server;
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // The JVM is ending; the data directory is under target/ and is cleaned by the next build.
        }
    }
}
