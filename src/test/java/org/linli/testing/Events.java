package org.linli.testing;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Modules react to each other's events after commit, asynchronously. A test that looks at a
 * reaction (a stored notice, a queued SMS) first lets the events published so far be handled.
 */
public final class Events {

    private Events() {
    }

    /** Waits until no event publication is incomplete: every listener has run. */
    public static void settle(EventPublicationRegistry registry) {
        Awaitility.await("events handled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25))
                .until(() -> registry.findIncompletePublications().isEmpty());
    }
}
