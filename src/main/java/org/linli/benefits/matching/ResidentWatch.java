package org.linli.benefits.matching;

import org.linli.registry.ResidentChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A resident changed (enrolled, corrected, tagged, a birthday, moved away, died): only that
 * resident is re-matched, so outreach tasks appear or close by themselves. A redelivered event
 * re-matches again and changes nothing.
 */
@Component
class ResidentWatch {

    private final Matching matching;

    ResidentWatch(Matching matching) {
        this.matching = matching;
    }

    @ApplicationModuleListener
    void on(ResidentChanged changed) {
        matching.rematch(changed.residentId());
    }
}
