package org.linli.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.casework.Departments;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.notice.Notice;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking for more time (延期): whoever holds a case asks before its limit passes — the committee
 * for the case's finishing limit, a summoned department for its own report limit — with a reason
 * and a new limit at most the book's cap ({@link CaseRules#EXTENSION_CAP}, working days) beyond the old one. The street decides
 * ({@link ExtensionDecisions}). A request does not hold the limit back.
 */
@Service
public class ExtensionRequests {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExtensionStore store;
    private final CaseReads reads;
    private final CaseRecords records;
    private final Departments departments;
    private final WorkCalendar calendar;
    private final CaseLimits limits;
    private final CaseNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    ExtensionRequests(ExtensionStore store, CaseReads reads, CaseRecords records, Departments departments, WorkCalendar calendar,
                      CaseLimits limits, CaseNotices notices, AuditLog audit, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.records = records;
        this.departments = departments;
        this.calendar = calendar;
        this.limits = limits;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every request on a case, newest first, for whoever may see the case. */
    public List<Extension> of(long caseId, CurrentUser user) {
        reads.get(caseId, user);
        return store.of(caseId);
    }

    /**
     * The limit this user holds on the case, whether or not it has passed: a community worker the
     * finishing limit of a case the committee handles, a department the report limit of its own
     * summons in the current round, not yet reported.
     */
    public Optional<Holding> holding(CaseView c, CurrentUser user) {
        if (user.role() == Role.COMMUNITY_WORKER) {
            // A case with one of the committee's grids is still the committee's to finish.
            boolean committeeHolds = c.status() == CaseStatus.ACCEPTED || c.status() == CaseStatus.REWORK
                    || c.status() == CaseStatus.REOPENED || c.status() == CaseStatus.DISPATCHED || c.status() == CaseStatus.HANDLING;
            return committeeHolds ? Optional.of(new Holding(null, null, null, c.finishDue(), latest(c, c.finishDue())))
                    : Optional.empty();
        }
        if (user.role() == Role.DEPARTMENT_STAFF && c.status() == CaseStatus.SUMMONED) {
            return departments.of(user).flatMap(d -> store.ownSummons(c.id(), d.id()))
                    .map(o -> new Holding(o.id(), o.departmentId(), o.name(), o.reportDue(), latest(c, o.reportDue())));
        }
        return Optional.empty();
    }

    /** The latest a limit may move to, by the cap in force today for the case's division. */
    private OffsetDateTime latest(CaseView c, OffsetDateTime due) {
        return calendar.due(due, limits.extensionCap(c.divisionPath(), LocalDate.now(clock)));
    }

    /** The holder asks for more time. */
    @Transactional
    public void request(long caseId, ExtensionAsk ask, CurrentUser user) {
        CaseView c = reads.get(caseId, user);
        Holding h = holding(c, user).orElseThrow(() -> Refusal.of("casework.extension.not-holder"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (h.passed(now)) {
            throw Refusal.of("casework.extension.passed", h.what(), SHOWN.format(h.localDue()));
        }
        OffsetDateTime due = parse(ask.newDue());
        if (!due.isAfter(h.due())) {
            throw Refusal.ofField("newDue", "casework.extension.not-later", h.what(), SHOWN.format(h.localDue()));
        }
        if (due.isAfter(h.latest())) {
            throw Refusal.ofField("newDue", "casework.extension.too-far",
                    limits.extensionCap(c.divisionPath(), LocalDate.now(clock)).label(), SHOWN.format(h.localLatest()));
        }
        long target = h.summonsId() == null ? 0 : h.summonsId();
        store.lapseStale(caseId, target, h.due(), now);
        if (store.pendingFor(caseId, target)
                || !store.insert(caseId, h, due, ask.reason(), user.username(), user.accountId(), user.role().name(), now)) {
            throw Refusal.of("casework.extension.already-pending");
        }
        String change = h.what() + "由 " + SHOWN.format(h.localDue()) + " 延至 " + SHOWN.format(Times.local(due));
        records.log(caseId, user.username(), user.role(), c.status(), c.status(), "申请延期：" + change + "。理由：" + ask.reason(),
                h.departmentId());
        notices.street(c).ifPresent(d -> notices.publish(Notice.toRole(Role.STREET_STAFF, d.id(), caseId,
                "延期申请待审批：" + c.title() + "（" + change + "）", "/cases/" + caseId)));
        audit.record("CASE_EXTENSION_REQUEST", c.number() + " " + c.title(), c.divisionPath(), change);
    }

    /** Reads a date-time as the form sends it (2026-05-20T17:30) or as people type it (2026-05-20 17:30). */
    static OffsetDateTime parse(String text) {
        String t = text.replace(' ', 'T');
        if (t.isEmpty()) {
            throw Refusal.ofField("newDue", "casework.extension.due-required");
        }
        try {
            return LocalDateTime.parse(t).atZone(Times.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw Refusal.ofField("newDue", "casework.extension.due-format", text);
        }
    }
}
