package org.linli.conventions.charter;

import org.linli.audit.AuditLog;
import org.linli.deliberation.ResolutionPassed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A meeting passed the topic a convention was put to: the convention is adopted on the
 * resolution's date. Once: only a convention still waiting (drafting, or sent back) changes.
 */
@Component
class Adoption {

    private final ConventionStore store;
    private final AuditLog audit;

    Adoption(ConventionStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ResolutionPassed resolution) {
        if (store.adopt(resolution.topicId(), resolution.decidedOn()) > 0) {
            audit.recordAs("system", "CONVENTION_ADOPT", resolution.title(), resolution.committeePath(),
                    "会议决议通过，公约自 " + resolution.decidedOn() + " 起施行");
        }
    }
}
