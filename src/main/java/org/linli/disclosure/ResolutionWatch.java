package org.linli.disclosure;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.deliberation.ResolutionPassed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notes every resolution a committee's meeting passes, so that the compliance view can show it
 * owed until a posting of major matters refers to it (村民委员会组织法 art. 30: at once).
 */
@Component
class ResolutionWatch {

    private final DisclosureStore store;
    private final Clock clock;

    ResolutionWatch(DisclosureStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResolutionPassed passed) {
        store.recordResolution(passed, OffsetDateTime.now(clock));
    }
}
