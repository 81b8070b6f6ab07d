package org.linli.casework.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.audit.AuditLog;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 吹哨报到: the street summons departments (one leading, others assisting); each checks in within
 * its limit and reports back; when the last of a round has reported, the case goes to verification.
 */
@Service
public class Summons {

    /** Between the department's name and its answer in the log. */
    static final String REPORTED = " 反馈：";

    /** The note the state machine writes when the last department has reported. */
    static final String ALL_REPORTED = "各部门均已反馈";

    public record Summoned(long id, long departmentId, String departmentName, int round, boolean lead,
                           OffsetDateTime summonedAt, OffsetDateTime checkinDue, OffsetDateTime checkedInAt,
                           OffsetDateTime reportDue, OffsetDateTime reportedAt, String reportNote) {

        public LocalDateTime localCheckinDue() {
            return Times.local(checkinDue);
        }

        public LocalDateTime localCheckedInAt() {
            return Times.local(checkedInAt);
        }

        public LocalDateTime localReportDue() {
            return Times.local(reportDue);
        }

        public LocalDateTime localReportedAt() {
            return Times.local(reportedAt);
        }

        public boolean checkinLate(OffsetDateTime now) {
            return checkedInAt == null ? now.isAfter(checkinDue) : checkedInAt.isAfter(checkinDue);
        }

        public boolean reportLate(OffsetDateTime now) {
            return reportedAt == null ? now.isAfter(reportDue) : reportedAt.isAfter(reportDue);
        }
    }

    private final SummonsStore store;
    private final CaseReads reads;
    private final CaseRecords records;
    private final CaseLimits limits;
    private final Departments departments;
    private final CaseNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    Summons(SummonsStore store, CaseReads reads, CaseRecords records, CaseLimits limits, Departments departments,
            CaseNotices notices, AuditLog audit, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.records = records;
        this.limits = limits;
        this.departments = departments;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Summoned> of(long caseId, CurrentUser user) {
        reads.get(caseId, user);
        return store.of(caseId);
    }

    /** The street blows the whistle: one or more departments it may summon, exactly one leading. */
    @Transactional
    public void summon(long caseId, Summoning command, CurrentUser user) {
        CaseView c = reads.get(caseId, user);
        c.status().requireTransition(CaseStatus.SUMMONED, user.role());
        Set<Long> chosen = new LinkedHashSet<>(command.department());
        if (chosen.isEmpty()) {
            throw Refusal.of("casework.summon.departments-required");
        }
        if (command.leading() == null || !chosen.contains(command.leading())) {
            throw Refusal.of("casework.summon.leading-required");
        }
        Set<Long> allowed = departments.summonableFrom(user.scope().path()).stream().map(Department::id).collect(Collectors.toSet());
        if (!allowed.containsAll(chosen)) {
            throw Refusal.of("casework.summon.outside");
        }
        int round = store.nextRound(caseId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        StringBuilder names = new StringBuilder();
        for (long departmentId : chosen) {
            boolean leading = departmentId == command.leading();
            store.summon(caseId, departmentId, round, leading, now, user.username(),
                    limits.checkinDue(c.categoryCode(), c.divisionPath(), now), limits.reportDue(c.categoryCode(), c.divisionPath(), now));
            names.append(names.isEmpty() ? "" : "、").append(departments.get(departmentId).name()).append(leading ? "（牵头）" : "（协办）");
            notices.summoned(c, departmentId, leading);
        }
        String logNote = "吹哨：" + names + (command.note().isEmpty() ? "" : "。" + command.note());
        records.transition(c, CaseStatus.SUMMONED, logNote, user.username(), user.role(), null);
        audit.record("CASE_SUMMON", c.number() + " " + c.title(), c.divisionPath(), names.toString());
    }

    /** A department signs for the whistle (报到). */
    @Transactional
    public void checkIn(long caseId, CurrentUser user) {
        CaseView c = reads.get(caseId, user);
        Department d = mine(user);
        if (c.status() != CaseStatus.SUMMONED || !store.checkIn(caseId, d.id(), OffsetDateTime.now(clock), user.username())) {
            throw Refusal.of("casework.summon.nothing-to-check-in");
        }
        records.log(caseId, user.username(), user.role(), c.status(), c.status(), d.name() + " 报到", d.id());
        audit.record("CASE_CHECK_IN", c.number() + " " + c.title(), c.divisionPath(), d.name());
    }

    /** A department reports what it did; the last report of the round sends the case to verification. */
    @Transactional
    public void reportBack(long caseId, ReportBack report, CurrentUser user) {
        CaseView c = reads.get(caseId, user);
        Department d = mine(user);
        Photo.check(report.photos());
        if (c.status() != CaseStatus.SUMMONED) {
            throw Refusal.of("casework.summon.not-summoned");
        }
        if (!store.reportBack(caseId, d.id(), OffsetDateTime.now(clock), user.username(), report.note())) {
            throw Refusal.of("casework.summon.report-needs-check-in");
        }
        long logId = records.log(caseId, user.username(), user.role(), c.status(), c.status(), reportNote(d.name(), report.note()), d.id());
        records.savePhotos(caseId, logId, report.photos(), user.username());
        audit.record("CASE_REPORT_BACK", c.number() + " " + c.title(), c.divisionPath(), d.name());
        notices.reportedBack(c, d.name());
        if (store.waitingReports(caseId) == 0) {
            records.transition(reads.load(caseId), CaseStatus.VERIFYING, ALL_REPORTED, user.username(), Role.DEPARTMENT_STAFF, d.id());
        }
    }

    /** A department's report as the case's log keeps it; the tracking page reads the answer back ({@link Outcome}). */
    static String reportNote(String department, String note) {
        return department + REPORTED + note;
    }

    private Department mine(CurrentUser user) {
        return departments.of(user).orElseThrow(() -> Refusal.of("casework.summon.no-department"));
    }
}
