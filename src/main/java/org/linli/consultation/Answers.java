package org.linli.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After the deadline the publishing staff answer every comment, always with a reason. */
@Service
public class Answers {

    /** "A few characters": an answer needs a reason a reader can follow. */
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 1000;

    private final ConsultationStore store;
    private final Consultations consultations;
    private final AuditLog audit;
    private final Clock clock;

    Answers(ConsultationStore store, Consultations consultations, AuditLog audit, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void answer(long id, long commentId, AnswerForm form, CurrentUser user) {
        Consultation c = consultations.get(id, user);
        if (!consultations.manages(c, user)) {
            throw Refusal.of("consultation.answer.publisher-only");
        }
        if (c.status() == ConsultationStatus.OPEN) {
            throw Refusal.of("consultation.answer.still-open");
        }
        if (c.status() == ConsultationStatus.REPORTED) {
            throw Refusal.of("consultation.answer.reported");
        }
        Comment comment = store.comments(id).stream().filter(k -> k.id() == commentId).findFirst()
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        Answer answer = form.answer();
        String reason = form.reason();
        if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
            throw Refusal.ofField("reason", "consultation.answer.reason", answer.label(), String.valueOf(MIN_REASON),
                    String.valueOf(MAX_REASON));
        }
        if (!store.answer(id, comment.id(), answer, reason, user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("consultation.answer.reported");
        }
        audit.record("CONSULTATION_ANSWER", c.title(), c.divisionPath(), "第 " + comment.paragraph() + " 段意见："
                + answer.label() + "，" + reason);
    }
}
