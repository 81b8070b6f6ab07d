package org.linli.casework.intake;

import org.linli.casework.CaseRequested;
import org.linli.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens the cases other modules ask for ({@link CaseRequested}), after their change has committed,
 * in a transaction of its own. The intake answers with {@link CaseOpened}; a request repeated (the
 * registry delivering it again after a crash) finds the case the first one opened and opens none.
 */
@Component
class CaseRequests {

    private static final Logger log = LoggerFactory.getLogger(CaseRequests.class);

    private final Intake intake;

    CaseRequests(Intake intake) {
        this.intake = intake;
    }

    @ApplicationModuleListener
    void on(CaseRequested request) {
        try {
            intake.openRequested(request);
        } catch (Refusal refused) {
            // Asking again would be refused again: the request is done with, and the reason kept in the log.
            log.warn("case request {} refused: {}", request.requestKey(), refused.getMessage());
        }
    }
}
