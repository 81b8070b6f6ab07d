package org.linli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per test JVM (the same engine and version as the embedded default),
 * and a database of its own for every application context the tests start: contexts never see
 * each other's rows, and no context pays for starting a server. A context that loaded the demo
 * district leaves a copy of it behind as a template, from which later contexts with the same demo
 * start in half a second instead of loading it again.
 */
final class TestDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();
    /** One data folder per JVM: the vault key generated in it opens every copy of the demo. */
    private static final Path DATA_DIR = Path.of("target", "test-data", UUID.randomUUID().toString());
    private static EmbeddedPostgres server;
    /** The roles of the embedded default: the schema's owner runs migrations, the application owns nothing. */
    static final String OWNER = "linli_owner";
    static final String APP = "linli_app";

    private TestDatabase() {
    }

    static Path dataDir() {
        return DATA_DIR;
    }

    /** A new database: a copy of the template made for {@code demo}, if there is one, else empty. */
    static synchronized Created create(String demo) {
        String name = "linli_" + NEXT.incrementAndGet();
        String template = demo == null ? null : TEMPLATES.get(demo);
        // Owned by the schema's owner, as the embedded default's: a copy keeps its objects' owner and grants.
        execute("CREATE DATABASE " + name + " OWNER " + OWNER + " ENCODING 'UTF8' TEMPLATE "
                + (template == null ? "template0" : template) + (template == null ? "" : " STRATEGY FILE_COPY"));
        return new Created(name, url(name), template != null);
    }

    /** Keeps a copy of {@code database} (no session may be using it) as the template for {@code demo}. */
    static synchronized void keepAsTemplate(String database, String demo) {
        if (TEMPLATES.containsKey(demo)) {
            return;
        }
        String template = database + "_template";
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        execute("CREATE DATABASE " + template + " TEMPLATE " + database + " STRATEGY FILE_COPY");
        TEMPLATES.put(demo, template);
    }

    record Created(String name, String url, boolean fromTemplate) {
    }

    /** Without a user in it: the user is the pool's (the URL's would win over it). */
    static String url(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    /** A database of the JVM's server, empty and owned by the superuser, as databases of earlier versions were. */
    static synchronized String createAsSuperuser() {
        String name = "linli_" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return name;
    }

    private static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql, e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(Path.of("target", "test-postgres", UUID.randomUUID().toString()))
                        .setCleanDataDirectory(true)
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL", e);
            }
            execute("CREATE ROLE " + OWNER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
            execute("CREATE ROLE " + APP + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT");
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
