package org.linli.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Linli as an operator runs it: the packaged jar in a JVM of its own, on a data folder and a port,
 * with its output in a log file. The tests kill it, stop it and start it again on the same folder,
 * and read its embedded PostgreSQL directly.
 */
final class LinliProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    final String name;
    final Path dataDir;
    final int port;
    final Path log;
    private final Process process;

    private LinliProcess(String name, Path dataDir, int port, Path log, Process process) {
        this.name = name;
        this.dataDir = dataDir;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar and waits until the demo accounts are printed (the last step of a start). */
    static LinliProcess start(String name, Path dataDir, int port, String... extra) throws Exception {
        Path log = dataDir.getParent().resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar().toString(),
                "--linli.data-dir=" + dataDir, "--server.port=" + port, "--linli.demo.enabled=true",
                "--linli.demo.registry-streets=none", "--spring.main.banner-mode=off",
                "--linli.outbox.log-gateway=true", "--linli.outbox.interval=PT1S"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LinliProcess linli = new LinliProcess(name, dataDir, port, log, process);
        linli.awaitReady();
        return linli;
    }

    /** The jar that {@code package} built, before failsafe runs. */
    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("linli-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/linli-*.jar missing: run ./mvnw verify (package builds it)"));
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("演示账户")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + ":\n" + tail());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    String tail() throws IOException {
        String all = Files.exists(log) ? output() : "";
        return all.substring(Math.max(0, all.length() - 4000));
    }

    boolean alive() {
        return process.isAlive();
    }

    /** {@code kill -9}: nothing runs in the JVM any more; its PostgreSQL server is left running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code kill}: Linli shuts down as for an operator's stop, its embedded server with it. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The embedded server of a data folder, as its lock file names it. */
    static Optional<Server> server(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        return handle.map(h -> new Server(h, dataDir.resolve("postgres"), Integer.parseInt(lines.get(3).strip())));
    }

    /** A running embedded PostgreSQL: its process, folder and port, and its own {@code pg_ctl}. */
    record Server(ProcessHandle process, Path pgDir, int port) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/linli", "postgres", "");
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/linli";
        }

        /** Stops a server (SIGTERM, a smart shutdown: committed work stays), as a killed test run may leave one. */
        void stop() throws Exception {
            process.destroy();
            process.onExit().get(60, TimeUnit.SECONDS);
        }

        /**
         * Stops the server as a crash would (SIGQUIT, PostgreSQL's immediate shutdown: no checkpoint,
         * recovery from the log at the next start) and starts it again with the command line it had,
         * on the same port ({@code pg_ctl} would do the same, but refuses to run as root).
         */
        Server restartImmediately(Path log) throws Exception {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL refuses to run as root; as zonky does, run it in a user namespace of its own.
                command.addAll(List.of("unshare", "-U"));
            }
            Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(Files.readString(pgDir.resolve("postmaster.opts")).strip());
            while (m.find()) {
                command.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            // The shell's own kill: Java sends only SIGTERM and SIGKILL.
            Process signal = new ProcessBuilder("sh", "-c", "kill -QUIT " + process.pid()).inheritIO().start();
            if (!signal.waitFor(10, TimeUnit.SECONDS) || signal.exitValue() != 0) {
                throw new IllegalStateException("kill -QUIT " + process.pid() + " failed");
            }
            process.onExit().get(60, TimeUnit.SECONDS);
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                try (Connection c = connect()) {
                    Optional<Server> again = server(pgDir.getParent());
                    if (again.isPresent()) {
                        return again.get();
                    }
                } catch (SQLException starting) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("PostgreSQL did not come back: " + Files.readString(log), starting);
                    }
                }
                Thread.sleep(100);
            }
        }
    }
}
