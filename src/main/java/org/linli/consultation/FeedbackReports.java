package org.linli.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The feedback report: published once every comment is answered, then public and final. */
@Service
public class FeedbackReports {

    private final ConsultationStore store;
    private final Consultations consultations;
    private final AuditLog audit;
    private final Clock clock;

    FeedbackReports(ConsultationStore store, Consultations consultations, AuditLog audit, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void publish(long id, ReportForm form, CurrentUser user) {
        Consultation c = consultations.get(id, user);
        if (!consultations.manages(c, user)) {
            throw Refusal.of("consultation.report.publisher-only");
        }
        if (c.status() == ConsultationStatus.OPEN) {
            throw Refusal.of("consultation.report.still-open", Times.local(c.deadline()).toString().replace('T', ' '));
        }
        if (c.status() == ConsultationStatus.REPORTED) {
            throw Refusal.of("consultation.report.published");
        }
        long unanswered = store.unanswered(id);
        if (unanswered > 0) {
            throw Refusal.of("consultation.report.unanswered", String.valueOf(unanswered));
        }
        if (!store.publishReport(id, form.note(), user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("consultation.report.changed");
        }
        audit.record("CONSULTATION_REPORT", c.title(), c.divisionPath(), c.comments() + " 条意见已全部答复");
    }
}
