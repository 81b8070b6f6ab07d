package org.linli.gridwork.patrol;

import org.linli.casework.CaseOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A case a grid worker opens while their patrol runs is a finding of that patrol (the patrol page's
 * "report a finding" button opens the case form pre-filled; the case loop takes it from there).
 * Recording the number twice changes nothing, so a redelivered event is harmless.
 */
@Component
class PatrolFindings {

    private final PatrolStore store;

    PatrolFindings(PatrolStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        if (opened.openedByAccount() == null) {
            return;
        }
        store.running(opened.openedByAccount()).ifPresent(p -> store.addFinding(p.id(), opened.caseId(), opened.number()));
    }
}
