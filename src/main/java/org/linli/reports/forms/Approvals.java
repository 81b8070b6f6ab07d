package org.linli.reports.forms;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.division.Divisions;
import org.linli.notice.Notice;
import org.linli.reports.templates.ApprovalLevel;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval levels (as DHIS2's): the street over the committee approves a submitted form or
 * sends it back with a reason; when the template has two levels the district approves after the
 * street. A form sent back is open to its committee again and counted as returned. Each step is
 * written to the form's history and audited; nobody acts on a form outside their scope (not found).
 */
@Service
public class Approvals {

    private final FormStore store;
    private final Divisions divisions;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Approvals(FormStore store, Divisions divisions, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReportForm approve(long id, CurrentUser user) {
        ReportForm form = waiting(id, user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.approve(form.id(), form.level(), form.levels().size(), now)) {
            throw Refusal.of("reports.approval.moved");
        }
        store.step(form.id(), "APPROVE", form.level() + 1, null, now, user.displayName());
        audit.record("REPORT_FORM_APPROVE", form.templateName(), form.committeePath(),
                "%s审核通过报表：%s".formatted(form.waitingAt().label(), form.templateName()));
        tellNextLevel(form, form.level() + 1);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public ReportForm sendBack(long id, SendBack command, CurrentUser user) {
        ReportForm form = waiting(id, user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.sendBack(form.id(), form.level())) {
            throw Refusal.of("reports.approval.moved");
        }
        String reason = command.reason().strip();
        store.step(form.id(), "RETURN", form.level() + 1, reason, now, user.displayName());
        audit.record("REPORT_FORM_RETURN", form.templateName(), form.committeePath(),
                "%s退回报表：%s，理由：%s".formatted(form.waitingAt().label(), form.templateName(), reason));
        divisions.findByCode(code(form.committeePath())).ifPresent(c -> events.publishEvent(Notice.toRole(Role.COMMUNITY_WORKER,
                c.id(), null, "报表被退回：%s，理由：%s".formatted(form.templateName(), reason), "/reports/forms/" + form.id())));
        return store.find(id).orElseThrow();
    }

    /** Tells the staff of the level the form now waits at, if any (the street over the committee, then the district). */
    void tellNextLevel(ReportForm form, int level) {
        if (level >= form.levels().size()) {
            return;
        }
        ApprovalLevel next = form.levels().get(level);
        String path = parent(form.committeePath());
        if (next == ApprovalLevel.DISTRICT) {
            path = parent(path);
        }
        divisions.findByCode(code(path)).ifPresent(d -> events.publishEvent(Notice.toRole(next.approver(), d.id(), null,
                "报表待审核：%s".formatted(form.templateName()), "/reports/forms/" + form.id())));
    }

    /** A form in the approver's scope; refused when it does not wait at their level. */
    private ReportForm waiting(long id, CurrentUser user) {
        ReportForm form = store.find(id).filter(f -> user.scope().covers(f.committeePath()))
                .filter(f -> user.role() == Role.STREET_STAFF || user.role() == Role.DISTRICT_ADMIN)
                .orElseThrow(() -> new NotFoundException("report form " + id));
        ApprovalLevel at = form.waitingAt();
        if (at == null) {
            throw Refusal.of("reports.approval.not-waiting", form.status().label());
        }
        if (at.approver() != user.role()) {
            throw Refusal.of("reports.approval.not-your-level", at.label());
        }
        return form;
    }

    static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
    }

    static String code(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
