package org.linli.shared.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Long work started from a page (imports) runs here, on a virtual thread that keeps the user's
 * security context; the page polls {@link Job#percent()} for its progress bar. Finished jobs are
 * kept for a day, visible only to whoever started them.
 */
@Component
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final Map<String, Job<?>> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor =
            new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor());
    private final Clock clock;

    BackgroundJobs(Clock clock) {
        this.clock = clock;
    }

    public <R> String start(String owner, Function<Progress, R> work, Runnable cleanup) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(1));
        jobs.values().removeIf(j -> j.done && j.started.isBefore(cutoff));
        Job<R> job = new Job<>(UUID.randomUUID().toString(), owner, clock.instant());
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.result = work.apply((phase, done, total) -> {
                    job.phase = phase;
                    job.percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
                });
            } catch (RuntimeException e) {
                log.error("background job failed", e);
                job.failure = "处理失败，所有更改均已撤销：" + e.getMessage();
            } finally {
                job.percent = 100;
                job.done = true;
                cleanup.run();
            }
        });
        return job.id;
    }

    /** The job, if it exists and belongs to {@code owner}. */
    @SuppressWarnings("unchecked")
    public <R> Job<R> get(String id, String owner) {
        Job<?> job = jobs.get(id);
        return job != null && job.owner.equals(owner) ? (Job<R>) job : null;
    }

    /** Receives progress: a phase name and how far along it is. */
    public interface Progress {
        void update(String phase, long done, long total);
    }

    public static final class Job<R> {
        private final String id;
        private final String owner;
        private final Instant started;
        private volatile String phase = "排队中";
        private volatile int percent;
        private volatile boolean done;
        private volatile R result;
        private volatile String failure;

        Job(String id, String owner, Instant started) {
            this.id = id;
            this.owner = owner;
            this.started = started;
        }

        public String getId() {
            return id;
        }

        public String getPhase() {
            return phase;
        }

        public int getPercent() {
            return percent;
        }

        public boolean isDone() {
            return done;
        }

        public R getResult() {
            return result;
        }

        public String getFailure() {
            return failure;
        }
    }
}
