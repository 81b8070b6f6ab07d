package org.linli.workitems.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring channel (监测通道): a committee reports work a department pushed on it without
 * admission; its street and the district see the reports with the department named, and the
 * district marks them handled. Departments never see these reports, so no committee is pressed for
 * having reported.
 */
@Service
public class Monitoring {

    private final UnadmittedReportStore store;
    private final Departments departments;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    Monitoring(UnadmittedReportStore store, Departments departments, Divisions divisions, AuditLog audit, Clock clock) {
        this.store = store;
        this.departments = departments;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The departments a committee may name: those placed at the committee or above it. */
    public List<Department> nameable(CurrentUser user) {
        return departments.summonableFrom(committeeOf(user).path());
    }

    @Transactional
    public long report(UnadmittedReportForm form, CurrentUser user) {
        Division committee = committeeOf(user);
        Department department = nameable(user).stream().filter(d -> d.id() == form.departmentId()).findFirst()
                .orElseThrow(() -> Refusal.ofField("departmentId", "workitems.report.department.unknown"));
        if (form.pushedOn().isAfter(LocalDate.now(clock))) {
            throw Refusal.ofField("pushedOn", "workitems.report.pushed.future");
        }
        long id = store.insert(committee.path(), department.id(), department.name(), form, user.username(), OffsetDateTime.now(clock));
        audit.record("UNADMITTED_REPORT", "unadmitted-report-" + id, committee.path(), department.name() + "：" + form.what());
        return id;
    }

    /** Reports within the user's scope (404 for departments). */
    public Paged<UnadmittedReport> within(CurrentUser user, Long departmentId, int page, int size) {
        refuseDepartments(user);
        return Paged.of(store.within(user.scope(), departmentId, page * size, size), store.count(user.scope(), departmentId), page, size);
    }

    public List<UnadmittedReport.PerDepartment> perDepartment(CurrentUser user) {
        refuseDepartments(user);
        return store.perDepartment(user.scope());
    }

    /** The district marks a report handled, with what was done. */
    @Transactional
    public void handle(long id, String note, CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("not the district");
        }
        UnadmittedReport report = store.find(id, user.scope()).orElseThrow(() -> new NotFoundException("report " + id));
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw Refusal.ofField("note", "workitems.report.note.required");
        }
        if (text.length() > 400) {
            throw Refusal.ofField("note", "workitems.report.note.size");
        }
        if (!store.handle(id, user.username(), OffsetDateTime.now(clock), text)) {
            throw Refusal.of("workitems.report.handled-already");
        }
        audit.record("UNADMITTED_REPORT", "unadmitted-report-" + id, report.committeePath(), "已处理：" + text);
    }

    private Division committeeOf(CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new NotFoundException("not a committee");
        }
        Division d = divisions.get(user.divisionId(), user.scope());
        if (d.level() != Level.COMMITTEE) {
            throw new NotFoundException("not a committee");
        }
        return d;
    }

    private static void refuseDepartments(CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_STAFF || user.role() == Role.RESIDENT || user.role() == Role.GRID_WORKER) {
            throw new NotFoundException("monitoring is not the department's to see");
        }
    }
}
