package org.linli.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's clock in tests: real time plus an offset that a test moves forward, so that a
 * limit passes, a deadline closes or a resident comes of age without editing any row. The offset
 * is put back after each test ({@link Reset}).
 */
public class TestClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public TestClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private TestClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** Moves time forward (or back, with a negative amount) for the rest of the test. */
    public TestClock advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
        return this;
    }

    /** Moves time so that it is {@code at} now (and runs on from there). */
    public TestClock setTo(Instant at) {
        offset.set(Duration.between(Instant.now(), at));
        return this;
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(this);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Puts the clock back to real time after each test of a class that uses the application context. */
    public static class Reset implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }
}
