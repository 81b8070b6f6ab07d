package org.linli.gridwork.visits;

import org.linli.registry.ResidentChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the registry: whatever changed about a resident (a tag given or ended, a birthday, an
 * enrolment, a correction, a move, a death), that resident's row is read again. Idempotent, so a
 * delivery repeated after a crash changes nothing.
 */
@Component
class SubjectListener {

    private final VisitSubjects subjects;

    SubjectListener(VisitSubjects subjects) {
        this.subjects = subjects;
    }

    @ApplicationModuleListener
    void on(ResidentChanged changed) {
        subjects.refresh(changed.residentId());
    }
}
