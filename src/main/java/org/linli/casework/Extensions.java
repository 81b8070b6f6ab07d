package org.linli.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.casework.calendar.TimeLimit;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.notice.Notice;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extensions (延期): whoever holds a case asks for more time before its limit passes — the
 * committee for the case's finishing limit, a summoned department for its own report limit — and
 * the street of the case approves or refuses. An approval moves the limit, is logged on the case
 * and counted ({@code case_record.extension_count}, 延期率). A request still waiting when the limit
 * passes does not hold the limit back: the minute scan records the miss as usual, and the request
 * can then only be refused.
 */
@Service
public class Extensions {

    /** How much further one extension may move a limit, written as the categories write limits. */
    public static final TimeLimit MAX_FURTHER = TimeLimit.parse("15wd");

    static final int MAX_TEXT = 200;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public enum State {
        PENDING("待审批"), APPROVED("已批准"), REFUSED("不予批准"), LAPSED("已失效");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One request and, once decided, the street's decision. */
    public record Request(long id, long caseId, Long summonsId, Long departmentId, String departmentName, OffsetDateTime oldDue,
                          OffsetDateTime newDue, String reason, String requestedBy, Long requestedById, String requestedRole,
                          OffsetDateTime requestedAt, State status, String decidedBy, OffsetDateTime decidedAt,
                          String decisionNote) {

        /** Waiting for the street, with the limit it would move not yet passed. */
        public boolean live(OffsetDateTime now) {
            return status == State.PENDING && now.isBefore(oldDue);
        }

        /** A request whose limit passed while it waited shows as lapsed. */
        public State shown(OffsetDateTime now) {
            return status == State.PENDING && !live(now) ? State.LAPSED : status;
        }

        public String what() {
            return limitName(departmentName);
        }

        public String roleLabel() {
            return Role.valueOf(requestedRole).label();
        }

        public LocalDateTime localOldDue() {
            return Times.local(oldDue);
        }

        public LocalDateTime localNewDue() {
            return Times.local(newDue);
        }

        public LocalDateTime localRequestedAt() {
            return Times.local(requestedAt);
        }

        public LocalDateTime localDecidedAt() {
            return Times.local(decidedAt);
        }
    }

    /** The limit the user holds on a case and may ask to extend, and the latest date it may move to. */
    public record Holding(Long summonsId, Long departmentId, String departmentName, OffsetDateTime due, OffsetDateTime latest) {

        public String what() {
            return limitName(departmentName);
        }

        public boolean passed(OffsetDateTime now) {
            return !now.isBefore(due);
        }

        public LocalDateTime localDue() {
            return Times.local(due);
        }

        public LocalDateTime localLatest() {
            return Times.local(latest);
        }
    }

    /** A request waiting for the street, as its queue lists it. */
    public record Pending(long id, long caseId, String number, String title, String departmentName, OffsetDateTime oldDue,
                          OffsetDateTime newDue, String requestedBy, OffsetDateTime requestedAt) {

        public String what() {
            return limitName(departmentName);
        }

        public LocalDateTime localOldDue() {
            return Times.local(oldDue);
        }

        public LocalDateTime localNewDue() {
            return Times.local(newDue);
        }
    }

    private static final String REQUEST = """
            SELECT e.id, e.case_id, e.summons_id, e.department_id, p.name AS department_name, e.old_due, e.new_due, e.reason,
                   e.requested_by, e.requested_by_id, e.requested_role, e.requested_at, e.status, e.decided_by, e.decided_at,
                   e.decision_note
            FROM case_extension e LEFT JOIN department p ON p.id = e.department_id
            """;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Departments departments;
    private final WorkCalendar calendar;
    private final CaseNotices caseNotices;
    private final AuditLog audit;
    private final Clock clock;

    Extensions(JdbcClient jdbc, Cases cases, Departments departments, WorkCalendar calendar, CaseNotices caseNotices,
               AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.cases = cases;
        this.departments = departments;
        this.calendar = calendar;
        this.caseNotices = caseNotices;
        this.audit = audit;
    }

    static String limitName(String departmentName) {
        return departmentName == null ? "办结时限" : departmentName + "反馈时限";
    }

    /** Every request on a case, newest first, for whoever may see the case. */
    public List<Request> of(long caseId, CurrentUser user) {
        cases.get(caseId, user);
        return jdbc.sql(REQUEST + " WHERE e.case_id = :c ORDER BY e.requested_at DESC, e.id DESC")
                .param("c", caseId).query(Request.class).list();
    }

    /**
     * The limit this user holds on the case, whether or not it has passed: a community worker the
     * finishing limit of a case the committee handles, a department the report limit of its own
     * summons in the current round, not yet reported.
     */
    public Optional<Holding> holding(CaseView c, CurrentUser user) {
        if (user.role() == Role.COMMUNITY_WORKER) {
            boolean committeeHolds = c.status() == CaseStatus.ACCEPTED || c.status() == CaseStatus.REWORK
                    || c.status() == CaseStatus.REOPENED;
            return committeeHolds ? Optional.of(new Holding(null, null, null, c.finishDue(), latest(c.finishDue()))) : Optional.empty();
        }
        if (user.role() == Role.DEPARTMENT_STAFF && c.status() == CaseStatus.SUMMONED) {
            record Own(long id, long departmentId, String name, OffsetDateTime reportDue) {
            }
            return departments.of(user).flatMap(d -> jdbc.sql("""
                            SELECT s.id, s.department_id, p.name, s.report_due
                            FROM case_summons s JOIN department p ON p.id = s.department_id
                            WHERE s.case_id = :c AND s.department_id = :d AND s.reported_at IS NULL
                              AND s.round = (SELECT max(round) FROM case_summons WHERE case_id = :c)""")
                    .param("c", c.id()).param("d", d.id()).query(Own.class).optional())
                    .map(o -> new Holding(o.id(), o.departmentId(), o.name(), o.reportDue(), latest(o.reportDue())));
        }
        return Optional.empty();
    }

    private OffsetDateTime latest(OffsetDateTime due) {
        return calendar.due(due, MAX_FURTHER);
    }

    /** The holder asks for more time; the reason in Chinese if the request cannot be made. */
    @Transactional
    public void request(long caseId, String newDue, String reason, CurrentUser user) {
        CaseView c = cases.get(caseId, user);
        Holding h = holding(c, user).orElseThrow(() -> new CaseRejected("只有正在办理本案的社区或被吹哨且尚未反馈的部门可以申请延期"));
        if (h.passed(OffsetDateTime.now(clock))) {
            throw new CaseRejected(h.what() + "已于 " + SHOWN.format(h.localDue()) + " 届满，不能再申请延期");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new CaseRejected("请填写延期理由");
        }
        if (text.length() > MAX_TEXT) {
            throw new CaseRejected("延期理由不能超过 " + MAX_TEXT + " 个字");
        }
        OffsetDateTime due = parse(newDue);
        if (!due.isAfter(h.due())) {
            throw new CaseRejected("新的时限应晚于当前" + h.what() + " " + SHOWN.format(h.localDue()));
        }
        if (due.isAfter(h.latest())) {
            throw new CaseRejected("一次延期不能超过 " + MAX_FURTHER.label() + "，新的时限最晚为 " + SHOWN.format(h.localLatest()));
        }
        long target = h.summonsId() == null ? 0 : h.summonsId();
        // A request left waiting for an earlier limit (passed, or moved since) no longer stands in the way.
        jdbc.sql("""
                        UPDATE case_extension SET status = 'LAPSED', decided_at = :now, decided_by = :by
                        WHERE case_id = :c AND coalesce(summons_id, 0) = :t AND status = 'PENDING' AND (old_due <> :due OR old_due <= :now)""").param("now", OffsetDateTime.now(clock))
                .param("c", caseId).param("t", target).param("due", h.due()).param("by", "系统").update();
        if (pendingFor(caseId, target)) {
            throw new CaseRejected("已有一项延期申请等待街道审批，请等审批后再申请");
        }
        try {
            jdbc.sql("""
                            INSERT INTO case_extension (case_id, summons_id, department_id, old_due, new_due, reason, requested_by,
                                                        requested_by_id, requested_role)
                            VALUES (:c, :s, :d, :old, :new, :r, :by, :byId, :role)""")
                    .param("c", caseId).param("s", h.summonsId()).param("d", h.departmentId()).param("old", h.due())
                    .param("new", due).param("r", text).param("by", user.username()).param("byId", user.accountId())
                    .param("role", user.role().name()).update();
        } catch (DuplicateKeyException e) {  // a concurrent request got in first
            throw new CaseRejected("已有一项延期申请等待街道审批，请等审批后再申请");
        }
        String change = h.what() + "由 " + SHOWN.format(h.localDue()) + " 延至 " + SHOWN.format(Times.local(due));
        cases.log(caseId, user.username(), user.role(), c.status(), c.status(), "申请延期：" + change + "。理由：" + text, h.departmentId());
        caseNotices.street(c).ifPresent(d -> caseNotices.publish(Notice.toRole(Role.STREET_STAFF, d.id(), caseId,
                "延期申请待审批：" + c.title() + "（" + change + "）", "/cases/" + caseId)));
        audit.record("CASE_EXTENSION_REQUEST", c.number() + " " + c.title(), c.divisionPath(), change);
    }

    private boolean pendingFor(long caseId, long target) {
        return jdbc.sql("SELECT count(*) FROM case_extension WHERE case_id = :c AND coalesce(summons_id, 0) = :t AND status = 'PENDING'")
                .param("c", caseId).param("t", target).query(Long.class).single() > 0;
    }

    /** Reads a date-time as the form sends it (2026-05-20T17:30) or as people type it (2026-05-20 17:30). */
    static OffsetDateTime parse(String text) {
        String t = text == null ? "" : text.strip().replace(' ', 'T');
        if (t.isEmpty()) {
            throw new CaseRejected("请填写新的时限");
        }
        try {
            return LocalDateTime.parse(t).atZone(Times.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new CaseRejected("新的时限“" + text.strip() + "”应写作 年-月-日 时:分，如 2026-05-20 17:30");
        }
    }

    /** Whether this user decides requests: the staff of the case's street (the case must be in their scope). */
    public static boolean decides(CurrentUser user) {
        return user.role() == Role.STREET_STAFF;
    }

    /** The street approves: the limit moves, the case counts one extension more, the requester is told. */
    @Transactional
    public void approve(long caseId, long requestId, String note, CurrentUser user) {
        CaseView c = cases.get(caseId, user);
        Request r = decidable(c, requestId, user);
        String text = decisionNote(note, false);
        if (!r.live(OffsetDateTime.now(clock))) {
            throw new CaseRejected("原" + r.what() + " " + SHOWN.format(r.localOldDue()) + " 已届满，不能再批准延期，只能不予批准");
        }
        int moved;
        if (r.summonsId() == null) {
            // A new version, so a move made from a stale copy of the case cannot put the old limit back.
            moved = jdbc.sql("""
                            UPDATE case_record SET finish_due = :new, extension_count = extension_count + 1, version = version + 1,
                                   updated_at = :now
                            WHERE id = :c AND finish_due = :old""").param("now", OffsetDateTime.now(clock))
                    .param("c", caseId).param("new", r.newDue()).param("old", r.oldDue()).update();
        } else {
            moved = jdbc.sql("UPDATE case_summons SET report_due = :new WHERE id = :s AND report_due = :old AND reported_at IS NULL")
                    .param("s", r.summonsId()).param("new", r.newDue()).param("old", r.oldDue()).update();
            if (moved == 1) {
                jdbc.sql("UPDATE case_record SET extension_count = extension_count + 1, updated_at = :now WHERE id = :c").param("now", OffsetDateTime.now(clock))
                        .param("c", caseId).update();
            }
        }
        if (moved == 0) {
            throw new CaseRejected("该" + r.what() + "已有变化，这项延期申请已失效，只能不予批准");
        }
        decide(r, State.APPROVED, text, user);
        String change = r.what() + "延至 " + SHOWN.format(r.localNewDue());
        cases.log(caseId, user.username(), user.role(), c.status(), c.status(),
                "批准延期：" + change + (text == null ? "" : "。" + text), r.departmentId());
        tell(r, c, "延期申请已批准：" + c.title() + "，" + change + (text == null ? "" : "（" + text + "）"));
        audit.record("CASE_EXTENSION_DECIDE", c.number() + " " + c.title(), c.divisionPath(), "批准：" + change);
    }

    /** The street refuses, with its reason; the limit stays. */
    @Transactional
    public void refuse(long caseId, long requestId, String note, CurrentUser user) {
        CaseView c = cases.get(caseId, user);
        Request r = decidable(c, requestId, user);
        String text = decisionNote(note, true);
        decide(r, State.REFUSED, text, user);
        cases.log(caseId, user.username(), user.role(), c.status(), c.status(),
                "不予批准延期（" + r.what() + "仍为 " + SHOWN.format(r.localOldDue()) + "）：" + text, r.departmentId());
        tell(r, c, "延期申请未获批准：" + c.title() + "（" + text + "），" + r.what() + "仍为 " + SHOWN.format(r.localOldDue()));
        audit.record("CASE_EXTENSION_DECIDE", c.number() + " " + c.title(), c.divisionPath(), "不予批准：" + text);
    }

    private Request decidable(CaseView c, long requestId, CurrentUser user) {
        if (!decides(user)) {
            throw new CaseRejected("延期申请由街道审批");
        }
        Request r = jdbc.sql(REQUEST + " WHERE e.id = :r AND e.case_id = :c FOR UPDATE OF e")
                .param("r", requestId).param("c", c.id()).query(Request.class).optional()
                .orElseThrow(() -> new NotFoundException("extension " + requestId));
        if (r.status() != State.PENDING) {
            throw new CaseRejected("这项延期申请已处理（" + r.status().label() + "）");
        }
        return r;
    }

    private static String decisionNote(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            throw new CaseRejected("请填写不予批准的理由");
        }
        if (text.length() > MAX_TEXT) {
            throw new CaseRejected("审批意见不能超过 " + MAX_TEXT + " 个字");
        }
        return text.isEmpty() ? null : text;
    }

    private void decide(Request r, State state, String note, CurrentUser user) {
        jdbc.sql("""
                        UPDATE case_extension SET status = :s, decided_by = :by, decided_at = :now, decision_note = :n
                        WHERE id = :id AND status = 'PENDING'""").param("now", OffsetDateTime.now(clock))
                .param("s", state.name()).param("by", user.username()).param("n", note).param("id", r.id()).update();
    }

    /** The requester learns the decision in the app; without an account (never, today) their unit does. */
    private void tell(Request r, CaseView c, String text) {
        String link = "/cases/" + c.id();
        if (r.requestedById() != null) {
            caseNotices.publish(Notice.toAccount(r.requestedById(), c.id(), text, link));
        } else if (r.departmentId() != null) {
            caseNotices.publish(Notice.toDepartment(r.departmentId(), c.id(), text, link));
        } else {
            caseNotices.committee(c).ifPresent(d -> caseNotices.publish(Notice.toRole(Role.COMMUNITY_WORKER, d.id(), c.id(), text, link)));
        }
    }

    /** Requests waiting for this user's decision, nearest limit first; none for those who do not decide. */
    public List<Pending> pending(CurrentUser user, int limit) {
        if (!decides(user)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT e.id, e.case_id, c.number, c.title, p.name AS department_name, e.old_due, e.new_due, e.requested_by,
                               e.requested_at
                        FROM case_extension e JOIN case_record c ON c.id = e.case_id LEFT JOIN department p ON p.id = e.department_id
                        WHERE e.status = 'PENDING' AND e.old_due > :now AND c.division_path LIKE :prefix || '%'
                        ORDER BY e.old_due, e.id LIMIT :limit""").param("now", OffsetDateTime.now(clock))
                .param("prefix", user.scope().prefix()).param("limit", limit).query(Pending.class).list();
    }

    public long pendingCount(CurrentUser user) {
        if (!decides(user)) {
            return 0;
        }
        return jdbc.sql("""
                        SELECT count(*) FROM case_extension e JOIN case_record c ON c.id = e.case_id
                        WHERE e.status = 'PENDING' AND e.old_due > :now AND c.division_path LIKE :prefix || '%'""").param("now", OffsetDateTime.now(clock))
                .param("prefix", user.scope().prefix()).query(Long.class).single();
    }
}
