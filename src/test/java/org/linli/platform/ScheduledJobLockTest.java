package org.linli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.linli.testing.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Scheduled jobs run on one instance at a time when several share the database: the scheduler's
 * run takes the job's lock in the {@code shedlock} table, and a run while another instance holds it
 * is skipped. The slow proof with two real instances is {@code DurabilityIT}.
 */
@ModuleTest
@Import(ScheduledJobLockTest.LockedJob.class)
class ScheduledJobLockTest {

    /** Jobs every instance must run itself: each refreshes a cache of its own. */
    private static final Set<String> PER_INSTANCE = Set.of("RuleValues.reload");

    @Autowired
    LockProvider locks;

    @Autowired
    LockedJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScheduledRunIsSkippedWhileAnotherInstanceHoldsTheLockAndRunsOnceItIsFree() throws Exception {
        // Another instance holds the job's lock: the lock provider is the one both would share.
        // The job itself takes the lock every 100 ms for a moment, so the test may have to try again.
        Optional<SimpleLock> held = Optional.empty();
        for (int attempt = 0; attempt < 100 && held.isEmpty(); attempt++) {
            held = locks.lock(new LockConfiguration(Instant.now(), LockedJob.NAME, Duration.ofMinutes(1), Duration.ZERO));
            if (held.isEmpty()) {
                Thread.sleep(20);
            }
        }
        assertThat(held).as("the test takes the lock").isPresent();
        int before = job.runs.get();
        Thread.sleep(1_000);
        assertThat(job.runs.get()).as("runs while another instance holds the lock").isEqualTo(before);

        held.get().unlock();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (job.runs.get() == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(job.runs.get()).as("runs once the lock is free").isGreaterThan(before);
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = :n").param("n", LockedJob.NAME).query(Long.class).single())
                .as("the lock row the scheduler's run wrote").isEqualTo(1);
    }

    @Test
    void everyScheduledJobOfLinliTakesALockUnlessEachInstanceMustRunIt() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.linli")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (type == LockedJob.class) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Scheduled.class)) {
                    String name = type.getSimpleName() + "." + m.getName();
                    scheduled.add(name);
                    SchedulerLock lock = m.getAnnotation(SchedulerLock.class);
                    if (lock == null ? !PER_INSTANCE.contains(name) : lock.lockAtMostFor().isBlank()) {
                        unlocked.add(name);
                    }
                }
            }
        }
        assertThat(scheduled).as("the scheduled jobs found").contains("Outbox.deliver", "CaseTally.fold", "Deadlines.scheduled",
                "RuleValues.reload");
        assertThat(unlocked).as("scheduled jobs without a lock (or its upper bound)").isEmpty();
    }

    /** A job that counts its runs, scheduled often so the test need not wait (only in this test's context). */
    static class LockedJob {

        static final String NAME = "platform-test-job";

        final AtomicInteger runs = new AtomicInteger();

        @Scheduled(fixedDelay = 100)
        @SchedulerLock(name = NAME, lockAtMostFor = "PT1M")
        void run() {
            runs.incrementAndGet();
        }
    }
}
