package org.linli.workitems.admission;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.notice.Notice;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.workitems.AdmissionStatus;
import org.linli.workitems.WorkItemDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's reviewers decide a pending application: admitted, or refused with a reason. Each
 * decision is audited, told to the department's members and published for the module that applied.
 */
@Service
public class Reviewing {

    private final WorkItemStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviewing(WorkItemStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void approve(long id, CurrentUser reviewer) {
        decide(id, AdmissionStatus.ADMITTED, null, reviewer);
    }

    @Transactional
    public void refuse(long id, ReviewDecision decision, CurrentUser reviewer) {
        String reason = decision == null || decision.reason() == null ? "" : decision.reason().strip();
        if (reason.isEmpty()) {
            throw Refusal.ofField("reason", "workitems.reason.required");
        }
        decide(id, AdmissionStatus.REFUSED, reason, reviewer);
    }

    /** A pending item of the reviewer's district; anything else is not theirs to see (404). */
    public WorkItemView pendingFor(long id, CurrentUser reviewer) {
        WorkItemView item = store.find(id)
                .filter(w -> reviewer.role() == Role.DISTRICT_ADMIN && reviewer.scope().covers(w.districtPath()))
                .orElseThrow(() -> new NotFoundException("work item " + id));
        if (item.status() != AdmissionStatus.PENDING) {
            throw Refusal.of("workitems.decided-already", item.status().label());
        }
        return item;
    }

    private void decide(long id, AdmissionStatus status, String reason, CurrentUser reviewer) {
        WorkItemView item = pendingFor(id, reviewer);
        if (!store.decide(id, status, reviewer.username(), OffsetDateTime.now(clock), reason)) {
            throw Refusal.of("workitems.decided-already", "");
        }
        audit.record("WORK_ITEM_DECIDE", "work-item-" + id, item.districtPath(),
                status.label() + "：" + item.title() + (reason == null ? "" : "（" + reason + "）"));
        String text = "您单位申请的事项“" + item.title() + "”" + status.label() + (reason == null ? "" : "：" + reason);
        events.publishEvent(Notice.toDepartment(item.departmentId(), null, text, "/workitems/mine"));
        events.publishEvent(new WorkItemDecided(id, item.sourceRef(), status, reason));
    }
}
