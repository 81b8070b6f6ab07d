package org.linli.casework.open311;

import org.linli.casework.intake.Intake;
import org.linli.casework.intake.NewCase;
import org.linli.casework.intake.Submitter;
import org.linli.registry.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an Open311 client's case through the intake and keeps, in the same transaction, what the
 * client told of the reporter beyond it (once: a repeated submission finds the first case).
 */
@Service
class Submissions {

    private final Intake intake;
    private final Open311Store store;
    private final PersonalData personal;

    Submissions(Intake intake, Open311Store store, PersonalData personal) {
        this.intake = intake;
        this.store = store;
        this.personal = personal;
    }

    @Transactional
    Intake.Opened submit(NewCase form, Reporter reporter, ApiKeys.ApiKey key) {
        // No role: a system is not a person; the intake and the case log accept that.
        Intake.Opened opened = intake.open(form, new Submitter("open311:" + key.name(), null, key.scope(), null, key.id()));
        if (!opened.duplicate() && !reporter.empty()) {
            PersonalData.SealedPhone email = reporter.email().isEmpty() ? null
                    : personal.seal(reporter.email(), Contacts.maskEmail(reporter.email()));
            PersonalData.SealedPhone phone = reporter.otherPhone().isEmpty() ? null
                    : personal.seal(reporter.otherPhone(), Contacts.maskNumber(reporter.otherPhone()));
            store.insert(opened.caseId(), reporter, email, phone);
        }
        return opened;
    }
}
