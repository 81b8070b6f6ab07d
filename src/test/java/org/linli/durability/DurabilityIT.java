package org.linli.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Nothing acknowledged is lost. Linli runs as an operator runs it, the packaged jar in a JVM of its
 * own on a data folder, and is driven over HTTP: it is killed ({@code kill -9}) in the middle of a
 * residents import and a burst of reports and started again on the same folder; its PostgreSQL is
 * restarted under load; a second instance shares its database; and its data folder is backed up
 * and restored as {@code docs/operations.md} says. The steps share one data folder, in order, so
 * that the whole takes a few starts of the application rather than one per step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

    private static final int ROWS = 1_200;

    private final Path root = Path.of("target", "durability", UUID.randomUUID().toString()).toAbsolutePath();
    private final Path dataDir = root.resolve("data");
    private final Path restoredDir = root.resolve("restored");
    private final List<LinliProcess> started = new ArrayList<>();
    private LinliProcess linli;
    private ImportFile file;
    /** Whether the embedded server now runs as the test restarted it, no longer as Linli's own child. */
    private boolean relaunchedByTest;

    @BeforeAll
    void startLinli() throws Exception {
        Files.createDirectories(root);
        linli = start("first", dataDir);
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (LinliProcess p : started) {
            p.close();
        }
        // A server a failed step left behind on a folder (its application killed) is stopped too.
        for (Path dir : List.of(dataDir, restoredDir)) {
            if (LinliProcess.server(dir).isPresent()) {
                LinliProcess.server(dir).get().stop();
            }
        }
    }

    @Test
    @Order(1)
    void killedInTheMiddleOfAnImportAndOfReportsItLosesNoAcknowledgedRowAndTheImportIsRunAgainWithoutCopies() throws Exception {
        Web worker = new Web(linli).signIn("worker");
        file = new ImportFile(ROWS, strings("SELECT code FROM division WHERE level = 'BUILDING' AND code LIKE '150104001002%'"
                + " AND entrances >= 1 ORDER BY code LIMIT 20"));
        Reports reports = new Reports().start(linli, 2);
        HttpResponse<String> upload = worker.upload("/residents/import", "/residents/import", "residents.csv", file.bytes());
        assertThat(upload.statusCode()).as("the upload is accepted").isEqualTo(302);

        await("part of the import saved and reports acknowledged", Duration.ofSeconds(180),
                () -> imported() > 0 && reports.acknowledged.size() >= 10);
        linli.kill();
        reports.stop();
        long savedAtKill = imported();
        assertThat(savedAtKill).as("residents saved when Linli was killed (the kill must come mid-import)").isBetween(1L, ROWS - 1L);
        assertThat(LinliProcess.server(dataDir)).as("the killed Linli's PostgreSQL, still running").isPresent();

        linli = start("after-kill", dataDir);
        assertEveryAcknowledgedReportStoredOnce(reports);

        Web again = new Web(linli).signIn("worker");
        HttpResponse<String> rerun = again.upload("/residents/import", "/residents/import", "residents.csv", file.bytes());
        String job = rerun.headers().firstValue("Location").orElseThrow();
        String[] result = new String[1];
        await("the import run again to its end", Duration.ofSeconds(90), () -> {
            result[0] = body(again, URI_PATH.apply(job) + "/progress");
            return result[0].contains("data-testid=\"created\"");
        });
        assertThat(count(result[0], "created")).as("created by the second run").isEqualTo(ROWS - savedAtKill);
        assertThat(count(result[0], "updated") + count(result[0], "unchanged")).as("found again by the second run")
                .isEqualTo(savedAtKill);
        assertThat(count(result[0], "rejected")).isZero();
        assertThat(imported()).as("residents of the file").isEqualTo(ROWS);
        assertThat(number("SELECT count(DISTINCT name) FROM resident WHERE name LIKE '" + ImportFile.NAME + "%'"))
                .as("each once").isEqualTo(ROWS);
    }

    @Test
    @Order(2)
    void postgresRestartedUnderLoadLinliRecoversByItselfAndLosesNoAcknowledgedReport() throws Exception {
        Reports reports = new Reports().start(linli, 3);
        await("reports acknowledged before the restart", Duration.ofSeconds(30), () -> reports.acknowledged.size() >= 10);
        LinliProcess.Server server = LinliProcess.server(dataDir).orElseThrow();
        // Immediate: the server stops as in a crash and recovers from its log when it starts.
        server.restartImmediately(root.resolve("pg-restarted.log"));
        relaunchedByTest = true;
        Instant restarted = Instant.now();
        await("reports acknowledged after the restart", Duration.ofSeconds(60),
                () -> reports.acknowledged.values().stream().filter(at -> at.isAfter(restarted)).count() >= 10);
        reports.stop();

        assertThat(linli.alive()).as("Linli, never restarted").isTrue();
        assertThat(reports.refused).as("what reporters got instead of an acknowledgement: errors, never a success")
                .allSatisfy(r -> assertThat(r).doesNotStartWith("2").doesNotStartWith("form 2"));
        assertEveryAcknowledgedReportStoredOnce(reports);
    }

    @Test
    @Order(3)
    void twoInstancesOnOneDatabaseSendEachTextMessageOnce() throws Exception {
        LinliProcess.Server server = LinliProcess.server(dataDir).orElseThrow();
        LinliProcess second = start("second", dataDir, "--spring.datasource.url=" + server.jdbcUrl(),
                "--spring.datasource.username=postgres");
        List<String> descriptions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            descriptions.add(Reports.once(i % 2 == 0 ? linli : second));
        }
        List<String> numbers = new ArrayList<>();
        for (String description : descriptions) {
            numbers.add(strings("SELECT number FROM case_record WHERE description = '" + description + "'").getFirst());
        }
        // Each report's text is queued after its commit and sent by whichever instance's outbox runs first.
        await("every report's text sent", Duration.ofSeconds(60), () -> {
            String logs = linli.output() + second.output();
            return numbers.stream().allMatch(n -> logs.contains("编号 " + n + "，"));
        });
        // A second sending would come with the next runs of either outbox (every second).
        Thread.sleep(3_000);
        String logs = linli.output() + second.output();
        for (String caseNumber : numbers) {
            assertThat(occurrences(logs, "编号 " + caseNumber + "，")).as("texts sent for case " + caseNumber).isEqualTo(1);
        }
        assertThat(strings("SELECT name FROM shedlock ORDER BY name")).as("jobs that took their lock").contains("outbox");
        second.stop();
        started.remove(second);
    }

    @Test
    @Order(4)
    void theDataFolderBackedUpAndRestoredAsTheOperationsGuideSaysGivesTheSameDataAndTheSameIdNumbers() throws Exception {
        Map<String, Long> before = counts();
        long residentId = number("SELECT id FROM resident WHERE name = '" + ImportFile.name(1111) + "'");

        // docs/operations.md, "Back up the embedded database": stop Linli, copy the data folder.
        linli.stop();
        started.remove(linli);
        if (relaunchedByTest && LinliProcess.server(dataDir).isPresent()) {
            // Started by the test behind Linli's back (step 2), the server is not Linli's to stop.
            LinliProcess.server(dataDir).get().stop();
        }
        assertThat(LinliProcess.server(dataDir)).as("the embedded server, stopped with Linli").isEmpty();
        copy(dataDir, restoredDir);
        linli = start("restored", restoredDir);

        assertThat(counts()).as("rows after the restore").isEqualTo(before);
        Web worker = new Web(linli).signIn("worker");
        HttpResponse<String> revealed = worker.post("/residents/" + residentId, "/residents/" + residentId + "/reveal",
                Map.of("what", "ID_NUMBER"));
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).as("the ID number, decrypted with the restored key").contains(file.ids.get(1111));
    }

    // ---- helpers

    private LinliProcess start(String name, Path dir, String... extra) throws Exception {
        long t = System.nanoTime();
        LinliProcess p = LinliProcess.start(name, dir, freePort(), extra);
        System.out.printf("DurabilityIT: %s started in %d ms%n", name, (System.nanoTime() - t) / 1_000_000);
        started.add(p);
        return p;
    }

    private void assertEveryAcknowledgedReportStoredOnce(Reports reports) throws Exception {
        Map<String, Long> stored = new HashMap<>();
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "SELECT description, count(*) FROM case_record WHERE description LIKE ? GROUP BY description")) {
            s.setString(1, Reports.MARK + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        assertThat(reports.acknowledged).as("acknowledged reports").isNotEmpty();
        assertThat(stored.keySet()).as("acknowledged reports stored").containsAll(reports.acknowledged.keySet());
        assertThat(stored.values()).as("copies of each stored report").containsOnly(1L);
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("resident", "household", "case_record", "case_log", "outbound_message", "audit_log", "account")) {
            counts.put(table, number("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    private long imported() throws Exception {
        return number("SELECT count(*) FROM resident WHERE name LIKE '" + ImportFile.NAME + "%'");
    }

    private Connection db() throws Exception {
        return LinliProcess.server(linli.dataDir).orElseThrow(() -> new IllegalStateException("no server on " + linli.dataDir))
                .connect();
    }

    private long number(String sql) throws Exception {
        try (Connection c = db(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static final java.util.function.Function<String, String> URI_PATH = location -> location.replaceFirst("^https?://[^/]+", "");

    private static String body(Web web, String path) {
        try {
            return web.get(path).body();
        } catch (Exception e) {
            return "";
        }
    }

    private static long count(String page, String testId) {
        Matcher m = Pattern.compile("data-testid=\"" + testId + "\"[^>]*>(\\d+)<").matcher(page);
        assertThat(m.find()).as(testId + " on the import's page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long occurrences(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    private static void await(String what, Duration timeout, CheckedCondition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    private interface CheckedCondition {
        boolean holds() throws Exception;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                // With its attributes: PostgreSQL refuses a data folder others may read (as tar -p keeps them).
                Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
