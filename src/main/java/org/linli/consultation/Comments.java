package org.linli.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Residents comment on a paragraph of an open draft, or on a passage of it. */
@Service
public class Comments {

    private final ConsultationStore store;
    private final Consultations consultations;
    private final AuditLog audit;
    private final Clock clock;

    Comments(ConsultationStore store, Consultations consultations, AuditLog audit, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Chinese text carries no meaning in its spaces; a selection may gain or lose some. */
    static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Transactional
    public void comment(long id, CommentForm form, CurrentUser user) {
        Consultation c = consultations.get(id, user);
        if (user.role() != Role.RESIDENT) {
            throw Refusal.of("consultation.comment.residents-only");
        }
        if (c.status() != ConsultationStatus.OPEN) {
            throw closed(c);
        }
        Paragraph paragraph = store.paragraphs(id).stream().filter(p -> p.number() == form.paragraph()).findFirst()
                .orElseThrow(() -> Refusal.ofField("paragraph", "consultation.paragraph.required"));
        String passage = form.passage();
        if (!passage.isEmpty() && !withoutSpace(paragraph.body()).contains(withoutSpace(passage))) {
            throw Refusal.ofField("passage", "consultation.passage.not-in-paragraph", abbreviate(passage),
                    String.valueOf(paragraph.number()));
        }
        if (!store.insertComment(id, paragraph.number(), passage, form.body(), user.accountId(), user.displayName(),
                OffsetDateTime.now(clock))) {
            throw closed(c);
        }
        audit.record("CONSULTATION_COMMENT", c.title(), c.divisionPath(), "第 " + paragraph.number() + " 段"
                + (passage.isEmpty() ? "" : "“" + abbreviate(passage) + "”"));
    }

    private static Refusal closed(Consultation c) {
        return Refusal.of("consultation.comment.closed", Times.local(c.deadline()).toString().replace('T', ' '));
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
