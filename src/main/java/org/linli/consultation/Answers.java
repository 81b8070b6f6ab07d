package org.linli.consultation;

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
 * After the deadline the publishing staff answer every comment, always with a reason; the
 * commenter is told in the app (a {@link Notice} to their account, not when they answer themselves).
 */
@Service
public class Answers {

    /** "A few characters": an answer needs a reason a reader can follow. */
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 1000;

    private final ConsultationStore store;
    private final Consultations consultations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Answers(ConsultationStore store, Consultations consultations, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.audit = audit;
        this.events = events;
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
        Comment comment = consultations.comment(c, commentId);
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
        if (comment.authorAccountId() != user.accountId()) {
            events.publishEvent(Notice.toAccount(comment.authorAccountId(), null, answered(c, comment, answer),
                    "/consultations/" + id + "/comments/" + comment.id()));
        }
    }

    /** The commenter's notice: the draft, the paragraph and the answer, one sentence ending once. */
    static String answered(Consultation c, Comment comment, Answer answer) {
        return "您对《" + c.title() + "》第 " + comment.paragraph() + " 段的意见已答复：" + answer.label();
    }
}
