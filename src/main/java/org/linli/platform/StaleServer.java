package org.linli.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server an earlier run left on the data folder. A killed Linli ({@code kill -9},
 * a crash) cannot stop its embedded server, which keeps running on the folder; starting a second
 * server there after deleting the lock file would let two servers write the same files. So before
 * the embedded server starts, a server still running on the folder is shut down cleanly
 * (everything committed stays), and only a lock file whose process is gone is deleted.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private StaleServer() {
    }

    /** Leaves {@code pgDir} without a running server and without a lock file, or throws saying why not. */
    static void clear(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = running(pidFile);
        if (server.isPresent()) {
            stop(server.get(), pgDir);
        }
        Files.deleteIfExists(pidFile);
    }

    /** The postmaster named by the lock file, if that process still exists and is a PostgreSQL server. */
    static Optional<ProcessHandle> running(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                // A recycled process id belongs to another program: then the lock file is merely stale.
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false));
    }

    /**
     * Asks the server to shut down (SIGTERM: PostgreSQL's smart shutdown, which ends once its
     * clients are gone; a killed run's connections went with it). Its own {@code pg_ctl} would
     * refuse to run as root, as the embedded server itself does not.
     */
    private static void stop(ProcessHandle server, Path pgDir) {
        log.warn("数据目录 {} 上仍有上次运行留下的 PostgreSQL（进程 {}），先将其停止", pgDir, server.pid());
        try {
            server.destroy();
            server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("等待旧的 PostgreSQL 停止时被中断", e);
        } catch (Exception e) {
            throw new IllegalStateException("数据目录 " + pgDir + " 仍被 PostgreSQL 进程 " + server.pid()
                    + " 占用且未能停止（它可能仍有其他连接）；请先停止该进程再启动邻里", e);
        }
    }
}
