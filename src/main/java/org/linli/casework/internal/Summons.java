package org.linli.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.audit.AuditLog;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 吹哨报到: the street summons departments (one leading, others assisting); each checks in within
 * its limit and reports back; when the last of a round has reported, the case goes to verification.
 */
@Service
public class Summons {

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

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Categories categories;
    private final Departments departments;
    private final WorkCalendar calendar;
    private final CaseNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    Summons(JdbcClient jdbc, Cases cases, Categories categories, Departments departments, WorkCalendar calendar,
            CaseNotices notices, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.cases = cases;
        this.categories = categories;
        this.departments = departments;
        this.calendar = calendar;
        this.notices = notices;
        this.audit = audit;
    }

    public List<Summoned> of(long caseId, CurrentUser user) {
        cases.get(caseId, user);
        return of(caseId);
    }

    List<Summoned> of(long caseId) {
        return jdbc.sql("""
                        SELECT s.id, s.department_id, p.name AS department_name, s.round, s.is_lead AS lead, s.summoned_at, s.checkin_due,
                               s.checked_in_at, s.report_due, s.reported_at, s.report_note
                        FROM case_summons s JOIN department p ON p.id = s.department_id
                        WHERE s.case_id = :c ORDER BY s.round DESC, s.is_lead DESC, p.name""")
                .param("c", caseId).query(Summoned.class).list();
    }

    /** The street blows the whistle: one or more departments it may summon, exactly one leading. */
    @Transactional
    public void summon(long caseId, List<Long> departmentIds, Long leadingId, String note, CurrentUser user) {
        CaseView c = cases.get(caseId, user);
        c.status().requireTransition(CaseStatus.SUMMONED, user.role());
        Set<Long> chosen = new LinkedHashSet<>(departmentIds == null ? List.of() : departmentIds);
        if (chosen.isEmpty()) {
            throw new CaseRejected("请至少选择一个部门");
        }
        if (leadingId == null || !chosen.contains(leadingId)) {
            throw new CaseRejected("请在所选部门中指定一个牵头部门");
        }
        Set<Long> allowed = departments.summonableFrom(user.scope().path()).stream().map(Department::id)
                .collect(Collectors.toSet());
        if (!allowed.containsAll(chosen)) {
            throw new CaseRejected("只能向本街道及上级区县的职能部门吹哨");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 500) {
            throw new CaseRejected("说明不能超过 500 个字");
        }
        Category category = categories.find(c.categoryCode()).orElseThrow();
        int round = jdbc.sql("SELECT coalesce(max(round), 0) + 1 FROM case_summons WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        StringBuilder names = new StringBuilder();
        for (long departmentId : chosen) {
            boolean leading = departmentId == leadingId;
            jdbc.sql("""
                            INSERT INTO case_summons (case_id, department_id, round, is_lead, summoned_at, summoned_by, checkin_due, report_due)
                            VALUES (:c, :d, :r, :l, :now, :by, :cd, :rd)""")
                    .param("c", caseId).param("d", departmentId).param("r", round).param("l", leading).param("now", now)
                    .param("by", user.username()).param("cd", calendar.due(now, category.checkinLimit()))
                    .param("rd", calendar.due(now, category.reportLimit())).update();
            names.append(names.isEmpty() ? "" : "、").append(departments.get(departmentId).name()).append(leading ? "（牵头）" : "（协办）");
            notices.summoned(c, departmentId, leading);
        }
        String logNote = "吹哨：" + names + (text.isEmpty() ? "" : "。" + text);
        cases.transition(c, CaseStatus.SUMMONED, logNote, user.username(), user.role(), null);
        audit.record("CASE_SUMMON", c.number() + " " + c.title(), c.divisionPath(), names.toString());
    }

    /** A department signs for the whistle (报到). */
    @Transactional
    public void checkIn(long caseId, CurrentUser user) {
        CaseView c = cases.get(caseId, user);
        Department d = mine(user);
        int updated = jdbc.sql("""
                        UPDATE case_summons SET checked_in_at = :now, checked_in_by = :by
                        WHERE case_id = :c AND department_id = :d AND checked_in_at IS NULL
                          AND round = (SELECT max(round) FROM case_summons WHERE case_id = :c)""").param("now", OffsetDateTime.now(clock))
                .param("c", caseId).param("d", d.id()).param("by", user.username()).update();
        if (updated == 0 || c.status() != CaseStatus.SUMMONED) {
            throw new CaseRejected("本部门没有待报到的吹哨");
        }
        cases.log(caseId, user.username(), user.role(), c.status(), c.status(), d.name() + " 报到", d.id());
        audit.record("CASE_CHECK_IN", c.number() + " " + c.title(), c.divisionPath(), d.name());
    }

    /** A department reports what it did; the last report of the round sends the case to verification. */
    @Transactional
    public void reportBack(long caseId, String note, List<NewCase.Photo> photos, CurrentUser user) {
        CaseView c = cases.get(caseId, user);
        Department d = mine(user);
        String text = note == null ? "" : note.strip();
        if (text.length() < 5 || text.length() > 1000) {
            throw new CaseRejected("请填写办理情况（5 到 1000 个字）");
        }
        String photoProblem = NewCase.photoProblem(photos);
        if (photoProblem != null) {
            throw new CaseRejected(photoProblem);
        }
        if (c.status() != CaseStatus.SUMMONED) {
            throw new CaseRejected("案件当前不在部门办理阶段");
        }
        int updated = jdbc.sql("""
                        UPDATE case_summons SET reported_at = :now, reported_by = :by, report_note = :n
                        WHERE case_id = :c AND department_id = :d AND reported_at IS NULL AND checked_in_at IS NOT NULL
                          AND round = (SELECT max(round) FROM case_summons WHERE case_id = :c)""").param("now", OffsetDateTime.now(clock))
                .param("c", caseId).param("d", d.id()).param("by", user.username()).param("n", text).update();
        if (updated == 0) {
            throw new CaseRejected("请先报到；已反馈的不能重复反馈");
        }
        long logId = cases.log(caseId, user.username(), user.role(), c.status(), c.status(), d.name() + " 反馈：" + text, d.id());
        cases.savePhotos(caseId, logId, photos, user.username());
        audit.record("CASE_REPORT_BACK", c.number() + " " + c.title(), c.divisionPath(), d.name());
        notices.reportedBack(c, d.name());
        long waiting = jdbc.sql("""
                        SELECT count(*) FROM case_summons WHERE case_id = :c AND reported_at IS NULL
                          AND round = (SELECT max(round) FROM case_summons WHERE case_id = :c)""")
                .param("c", caseId).query(Long.class).single();
        if (waiting == 0) {
            cases.transition(cases.load(caseId), CaseStatus.VERIFYING, "各部门均已反馈", user.username(), Role.DEPARTMENT_STAFF, d.id());
        }
    }

    private Department mine(CurrentUser user) {
        return departments.of(user).orElseThrow(() -> new CaseRejected("您的账户尚未加入任何职能部门"));
    }
}
