package org.linli.workitems.admission;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.casework.Department;
import org.linli.workitems.AdmissionStatus;
import org.linli.workitems.WorkItemApplication;
import org.linli.workitems.WorkItemDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores an application, pending or refused at once, with its audit record and event. */
@Component
class Filing {

    private final WorkItemStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Filing(WorkItemStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    long pending(Department department, String districtPath, WorkItemApplication a, String by) {
        long id = store.insert(department.id(), department.name(), districtPath, a, AdmissionStatus.PENDING, by,
                OffsetDateTime.now(clock), null, null);
        audit.record("WORK_ITEM_APPLY", "work-item-" + id, districtPath, department.name() + "：" + a.title());
        return id;
    }

    /**
     * Records an application the negative list refuses, in a transaction of its own: the applicant is
     * refused (the form comes back with what was typed), yet the attempt stays on record for the
     * district to see which departments keep trying to push such work, whatever the caller's
     * transaction does with the refusal.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long refusedAtOnce(Department department, String districtPath, WorkItemApplication a, String by,
                       NegativeList.NegativeEntry entry) {
        String reason = "属于负面清单第" + entry.number() + "项“" + entry.title() + "”";
        long id = store.insert(department.id(), department.name(), districtPath, a, AdmissionStatus.REFUSED, by,
                OffsetDateTime.now(clock), reason, entry);
        audit.record("WORK_ITEM_APPLY", "work-item-" + id, districtPath, department.name() + "：" + a.title() + "（" + reason + "）");
        events.publishEvent(new WorkItemDecided(id, a.sourceRef(), AdmissionStatus.REFUSED, reason));
        return id;
    }
}
