package org.linli.services.errands;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.notice.Notice;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's steps on an errand, like a small case: taken, documents received, submitted to the
 * office, documents returned, done or failed. Each step is allowed only from where the errand
 * stands ({@link ErrandStatus#next}), moves it only if no one moved it since the page was read,
 * is logged with its note and documents, audited, and told to the resident who asked.
 */
@Service
public class ErrandWork {

    private final Errands errands;
    private final ErrandStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ErrandWork(Errands errands, ErrandStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.errands = errands;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Errand step(long id, StepForm form, CurrentUser user) {
        Errand errand = errands.get(id, user);
        if (!Errands.works(user)) {
            throw Refusal.of("services.errand.workers-only");
        }
        ErrandStatus to = java.util.Arrays.stream(ErrandStatus.values()).filter(s -> s.name().equals(form.step())).findFirst()
                .filter(errand.status().next()::contains)
                .orElseThrow(() -> Refusal.ofField("step", "services.errand.step.not-now", errand.status().label()));
        String documents = blank(form.documents());
        if (to.documents() && documents == null) {
            throw Refusal.ofField("documents", "services.errand.documents.required");
        }
        String result = blank(form.result());
        if (to.finished() && result == null) {
            throw Refusal.ofField("result", "services.errand.result.required");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.move(id, form.version(), errand.status(), to, user.username(), now, result)) {
            throw Refusal.of("services.errand.moved");
        }
        String note = to.finished() ? result : blank(form.note());
        store.log(id, to.name(), now, user.username(), note, to.documents() ? documents : null);
        audit.record("ERRAND_STEP", "代办 #" + id + " " + errand.serviceTitle(), errand.divisionPath(),
                to.step() + (note == null ? "" : "：" + note));
        if (errand.residentAccountId() != null) {
            events.publishEvent(Notice.toAccount(errand.residentAccountId(), null,
                    "您的代办「" + errand.serviceTitle() + "」" + to.label() + (to.finished() ? "，欢迎评价" : ""), "/errands/" + id));
        }
        return errands.get(id, user);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
