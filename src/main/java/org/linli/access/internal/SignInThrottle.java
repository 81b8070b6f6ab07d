package org.linli.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per typed name <em>and</em> source address: from one source, the fifth
 * failure for a name pauses that name from that source for one minute, each further failure
 * doubles the pause, up to an hour. Someone guessing elsewhere therefore cannot lock the real
 * person out, and a name that does not exist is counted and paused exactly like one that does,
 * so a pause never tells whether a name exists. Counts are forgotten a day after the last failure
 * and on a successful sign-in from that source.
 *
 * <p>The counts are held in memory, per instance: with several instances behind a balancer, a
 * guesser gets at most that many times the attempts, still under growing pauses.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES = 4;
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    /** Beyond this many names and sources the forgotten ones are swept out before a new one is kept. */
    private static final int SWEEP_AT = 50_000;

    private record Key(String name, String source) {
    }

    private record Failures(int count, Instant last, Instant pausedUntil) {
    }

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when sign-in for this name from this source is paused, if it is. */
    Optional<Instant> pausedUntil(String name, String source) {
        Failures f = failures.get(key(name, source));
        Instant now = clock.instant();
        return f == null || f.pausedUntil() == null || !f.pausedUntil().isAfter(now) ? Optional.empty() : Optional.of(f.pausedUntil());
    }

    /** Counts a failure; returns the pause it starts, if any. */
    Optional<Duration> failed(String name, String source) {
        Instant now = clock.instant();
        if (failures.size() >= SWEEP_AT) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        Failures f = failures.compute(key(name, source), (k, old) -> {
            int count = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
            Duration pause = pause(count);
            return new Failures(count, now, pause == null ? null : now.plus(pause));
        });
        return Optional.ofNullable(pause(f.count()));
    }

    void succeeded(String name, String source) {
        failures.remove(key(name, source));
    }

    /** An administrator reset the password: the name may be tried again from everywhere. */
    void release(String name) {
        String n = normalise(name);
        failures.keySet().removeIf(k -> k.name().equals(n));
    }

    private static Duration pause(int count) {
        if (count <= FREE_FAILURES) {
            return null;
        }
        int doublings = Math.min(count - FREE_FAILURES - 1, 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static Key key(String name, String source) {
        return new Key(normalise(name), source == null ? "" : source);
    }

    private static String normalise(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return n.length() > 50 ? n.substring(0, 50) : n;
    }
}
