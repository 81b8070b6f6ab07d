package org.linli.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.casework.CaseView;
import org.linli.casework.Extensions;
import org.linli.notice.Notice;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The street decides a request for more time: an approval moves the limit (if it is still the one
 * asked about), counts one extension more and is logged; a refusal needs a reason. The requester
 * is told either way.
 */
@Service
public class ExtensionDecisions {

    private final ExtensionStore store;
    private final CaseReads reads;
    private final CaseRecords records;
    private final CaseNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    ExtensionDecisions(ExtensionStore store, CaseReads reads, CaseRecords records, CaseNotices notices, AuditLog audit, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.records = records;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The street approves: the limit moves, the case counts one extension more, the requester is told. */
    @Transactional
    public void approve(long caseId, long requestId, ExtensionDecision decision, CurrentUser user) {
        CaseView c = reads.get(caseId, user);
        Extension r = decidable(c, requestId, user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!r.live(now)) {
            throw Refusal.of("casework.extension.lapsed", r.what(), ExtensionRequests.SHOWN.format(r.localOldDue()));
        }
        boolean moved = r.summonsId() == null ? store.moveFinishDue(caseId, r.oldDue(), r.newDue(), now)
                : store.moveReportDue(caseId, r.summonsId(), r.oldDue(), r.newDue(), now);
        if (!moved) {
            throw Refusal.of("casework.extension.limit-changed", r.what());
        }
        String note = decision.note().isEmpty() ? null : decision.note();
        store.decide(r.id(), Extension.State.APPROVED, note, user.username(), now);
        String change = r.what() + "延至 " + ExtensionRequests.SHOWN.format(r.localNewDue());
        records.log(caseId, user.username(), user.role(), c.status(), c.status(), "批准延期：" + change + (note == null ? "" : "。" + note),
                r.departmentId());
        tell(r, c, "延期申请已批准：" + c.title() + "，" + change + (note == null ? "" : "（" + note + "）"));
        audit.record("CASE_EXTENSION_DECIDE", c.number() + " " + c.title(), c.divisionPath(), "批准：" + change);
    }

    /** The street refuses, with its reason; the limit stays. */
    @Transactional
    public void refuse(long caseId, long requestId, ExtensionDecision decision, CurrentUser user) {
        CaseView c = reads.get(caseId, user);
        Extension r = decidable(c, requestId, user);
        if (decision.note().isEmpty()) {
            throw Refusal.ofField("note", "casework.extension.refusal-reason-required");
        }
        String note = decision.note();
        store.decide(r.id(), Extension.State.REFUSED, note, user.username(), OffsetDateTime.now(clock));
        String old = ExtensionRequests.SHOWN.format(r.localOldDue());
        records.log(caseId, user.username(), user.role(), c.status(), c.status(), "不予批准延期（" + r.what() + "仍为 " + old + "）：" + note,
                r.departmentId());
        tell(r, c, "延期申请未获批准：" + c.title() + "（" + note + "），" + r.what() + "仍为 " + old);
        audit.record("CASE_EXTENSION_DECIDE", c.number() + " " + c.title(), c.divisionPath(), "不予批准：" + note);
    }

    private Extension decidable(CaseView c, long requestId, CurrentUser user) {
        if (!Extensions.decides(user)) {
            throw Refusal.of("casework.extension.street-decides");
        }
        Extension r = store.forDecision(c.id(), requestId).orElseThrow(() -> new NotFoundException("extension " + requestId));
        if (r.status() != Extension.State.PENDING) {
            throw Refusal.of("casework.extension.decided", r.status().label());
        }
        return r;
    }

    /** The requester learns the decision in the app; without an account (never, today) their unit does. */
    private void tell(Extension r, CaseView c, String text) {
        String link = "/cases/" + c.id();
        if (r.requestedById() != null) {
            notices.publish(Notice.toAccount(r.requestedById(), c.id(), text, link));
        } else if (r.departmentId() != null) {
            notices.publish(Notice.toDepartment(r.departmentId(), c.id(), text, link));
        } else {
            notices.committee(c).ifPresent(d -> notices.publish(Notice.toRole(Role.COMMUNITY_WORKER, d.id(), c.id(), text, link)));
        }
    }
}
