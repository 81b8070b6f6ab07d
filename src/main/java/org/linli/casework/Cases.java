package org.linli.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.casework.calendar.TimeLimit;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.registry.PersonalData;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as each party may see them, and the plain moves of the state machine with their log.
 * Who sees a case: staff by the division path of its place; a department only the cases it was
 * summoned to; a resident only the cases they reported.
 */
@Service
public class Cases {

    static final String COLUMNS = """
            c.id, c.number, c.division_id, c.division_path, d.name AS division_name, c.category_code,
            k.name AS category_name, c.channel, c.hotline_number, c.title, c.description, c.status, c.created_by,
            c.created_at, c.accept_due, c.finish_due, c.closed_at, c.tracking_code, c.reporter_account_id,
            c.reporter_name, c.reporter_phone_mask, c.address, c.latitude, c.longitude, c.rating, c.rework_count,
            c.closed_on_time, c.version
            """;

    static final String FROM = """
            FROM case_record c JOIN case_category k ON k.code = c.category_code JOIN division d ON d.id = c.division_id
            """;

    /**
     * The data-scope filter every read goes through, written per kind of user rather than with
     * bound "is null" flags, so that PostgreSQL plans each one on its own (a district's queue then
     * reads only the partial index of open cases).
     */
    static String visible(Access a) {
        if (a.department() != null) {
            return "WHERE c.division_path LIKE :prefix || '%' AND EXISTS (SELECT 1 FROM case_summons s WHERE s.case_id = c.id"
                    + " AND s.department_id = :dept)\n";
        }
        if (a.reporter() != null) {
            return "WHERE c.division_path LIKE :prefix || '%' AND c.reporter_account_id = :reporter\n";
        }
        return "WHERE c.division_path LIKE :prefix || '%'\n";
    }

    /** Rectification after a bad rating: domain.md's default of 15 days. */
    static final TimeLimit RECTIFY = TimeLimit.parse("15d");

    private final JdbcClient jdbc;
    private final Departments departments;
    private final WorkCalendar calendar;
    private final CaseNotices notices;
    private final AuditLog audit;
    private final PersonalData personal;
    private final Clock clock;

    Cases(JdbcClient jdbc, Departments departments, WorkCalendar calendar, CaseNotices notices, AuditLog audit,
          PersonalData personal, Clock clock) {
        this.clock = clock;
        this.personal = personal;
        this.jdbc = jdbc;
        this.departments = departments;
        this.calendar = calendar;
        this.notices = notices;
        this.audit = audit;
    }

    public record LogEntry(long id, OffsetDateTime at, String actor, String actorRole, CaseStatus fromStatus,
                           CaseStatus toStatus, String note, String departmentName) {

        public java.time.LocalDateTime localAt() {
            return Times.local(at);
        }

        public String roleLabel() {
            return actorRole == null ? "" : Role.valueOf(actorRole).label();
        }
    }

    public record Attachment(long id, Long logId, String filename, String contentType, int sizeBytes) {
    }

    /** Filters of a queue; null or empty means "any". */
    public record Filter(CaseStatus status, String category, String divisionPath, boolean openOnly, boolean overdueOnly) {

        public static Filter open() {
            return new Filter(null, null, null, true, false);
        }
    }

    /** How a user's reads are bound: scope prefix, department (if a department), reporter (if a resident). */
    record Access(String prefix, Long department, Long reporter) {
    }

    Access access(CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_STAFF) {
            // A department without a department record sees nothing (id -1 matches no summons).
            return new Access(DataScope.COUNTRY.prefix(), departments.of(user).map(Department::id).orElse(-1L), null);
        }
        if (user.role() == Role.RESIDENT) {
            return new Access(DataScope.COUNTRY.prefix(), null, user.accountId());
        }
        return new Access(user.scope().prefix(), null, null);
    }

    /** How the statistics bind a user's data scope: the division prefix, and the department if a department. */
    public record Bounds(String prefix, Long department) {
    }

    public Bounds bounds(CurrentUser user) {
        Access a = access(user);
        return new Bounds(a.prefix(), a.department());
    }

    private JdbcClient.StatementSpec bind(String sql, Access a) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql.replace("${visible}", visible(a))).param("prefix", a.prefix())
                .param("now", OffsetDateTime.now(clock));
        if (a.department() != null) {
            spec = spec.param("dept", a.department());
        }
        if (a.reporter() != null) {
            spec = spec.param("reporter", a.reporter());
        }
        return spec;
    }

    private static final String FILTERS = """
              AND (:status = '' OR c.status = :status)
              AND (:category = '' OR c.category_code = :category)
              AND (:under = '' OR c.division_path LIKE :under || '%')
              AND (NOT :overdue OR (c.status NOT IN ('CLOSED', 'REJECTED')
                   AND :now > CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END))
            """;

    /**
     * Open-only is written as a literal, not as a bound flag: only then can PostgreSQL use the
     * partial index of open cases (V9), which keeps a district's queue fast at a million cases.
     */
    private static String filters(Filter f) {
        return FILTERS + (f.openOnly() ? " AND c.status NOT IN ('CLOSED', 'REJECTED')\n" : "");
    }

    private JdbcClient.StatementSpec filtered(String sql, CurrentUser user, Filter f) {
        return bind(sql, access(user))
                .param("status", f.status() == null ? "" : f.status().name())
                .param("category", f.category() == null ? "" : f.category())
                .param("under", f.divisionPath() == null ? "" : new DataScope(f.divisionPath()).prefix())
                .param("overdue", f.overdueOnly());
    }

    /** The limit that applies now; the same expression as the index of open cases. */
    private static final String DUE = "(CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END)";

    /** A queue: open cases first, nearest to (or furthest past) their limit first. */
    public List<CaseView> queue(CurrentUser user, Filter filter, int page, int size) {
        // Open queues sort by the limit alone, so the ordered index of open cases (V13) serves the
        // first page without sorting a district's tens of thousands of open cases.
        String order = filter.openOnly() ? "ORDER BY " + DUE + ", c.id DESC"
                : "ORDER BY c.status IN ('CLOSED', 'REJECTED'), " + DUE + ", c.id DESC";
        return filtered("SELECT " + COLUMNS + FROM + "${visible}" + filters(filter) + order + " LIMIT :limit OFFSET :offset",
                user, filter)
                .param("limit", size).param("offset", page * size).query(CaseView.class).list();
    }

    public long count(CurrentUser user, Filter filter) {
        // Counted up to 10,001: a queue shows at most 200 pages, and counting a district's whole
        // history exactly would cost more than the page itself.
        // Only case_record's own columns are filtered on: no joins, so the index of open cases answers alone.
        return filtered("SELECT count(*) FROM (SELECT 1 FROM case_record c\n${visible}" + filters(filter) + " LIMIT 10001) AS counted",
                user, filter).query(Long.class).single();
    }

    /** Open cases the user can see, and how many are past their limit. */
    public record Waiting(long open, long overdue) {
    }

    public Waiting waiting(CurrentUser user) {
        return bind("""
                        SELECT count(*) AS open,
                               count(*) FILTER (WHERE :now > CASE WHEN c.status = 'REPORTED' THEN c.accept_due
                                                                   ELSE c.finish_due END) AS overdue
                        FROM case_record c
                        ${visible} AND c.status NOT IN ('CLOSED', 'REJECTED')""", access(user))
                .query(Waiting.class).single();
    }

    public CaseView get(long id, CurrentUser user) {
        return bind("SELECT " + COLUMNS + FROM + "${visible}" + " AND c.id = :id", access(user)).param("id", id)
                .query(CaseView.class).optional().orElseThrow(() -> new NotFoundException("case " + id));
    }

    /** Unscoped, for steps that have already checked who may act (tracking code, rating, the clock). */
    CaseView load(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = :id").param("id", id)
                .query(CaseView.class).optional().orElseThrow(() -> new NotFoundException("case " + id));
    }

    public List<LogEntry> log(long id, CurrentUser user) {
        get(id, user);
        return logOf(id);
    }

    List<LogEntry> logOf(long id) {
        return jdbc.sql("""
                        SELECT l.id, l.at, l.actor, l.actor_role, l.from_status, l.to_status, l.note, p.name AS department_name
                        FROM case_log l LEFT JOIN department p ON p.id = l.department_id
                        WHERE l.case_id = :id ORDER BY l.at, l.id""")
                .param("id", id).query(LogEntry.class).list();
    }

    public List<Attachment> attachments(long id, CurrentUser user) {
        get(id, user);
        return attachmentsOf(id);
    }

    List<Attachment> attachmentsOf(long id) {
        return jdbc.sql("SELECT id, log_id, filename, content_type, size_bytes FROM case_attachment WHERE case_id = :id ORDER BY id")
                .param("id", id).query(Attachment.class).list();
    }

    /** A photo's bytes, if the user may see its case. */
    public record Photo(String contentType, byte[] data) {
    }

    public Photo photo(long caseId, long attachmentId, CurrentUser user) {
        get(caseId, user);
        return photoOf(caseId, attachmentId);
    }

    Photo photoOf(long caseId, long attachmentId) {
        return jdbc.sql("SELECT content_type, data FROM case_attachment WHERE id = :a AND case_id = :c")
                .param("a", attachmentId).param("c", caseId).query(Photo.class).optional()
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    /** The reporter's whole phone number for a handler who must call back; every reveal is audited. */
    @Transactional
    public String revealReporterPhone(long id, CurrentUser user) {
        CaseView c = get(id, user);
        if (user.role() == Role.GRID_WORKER || user.role() == Role.RESIDENT || c.reporterPhoneMask() == null) {
            throw new NotFoundException("reporter phone of case " + id);
        }
        byte[] cipher = jdbc.sql("SELECT reporter_phone FROM case_record WHERE id = :id").param("id", id).query(byte[].class).single();
        audit.record("CASE_REPORTER_REVEAL", c.number(), c.divisionPath(), c.reporterPhoneMask());
        return personal.open(cipher);
    }

    /** The moves the user may make here with a plain button (not summons, reports or ratings). */
    public List<CaseStatus> plainMoves(CaseView c, CurrentUser user) {
        return c.status().next().stream()
                .filter(s -> c.status().mayMoveTo(s, user.role()) && !c.status().compound(s, user.role()))
                .sorted().toList();
    }

    /** Moves a case, if the user's role may make that move from its status, and logs it. */
    @Transactional
    public void move(long id, CaseStatus target, String note, List<NewCase.Photo> photos, CurrentUser user) {
        CaseView c = get(id, user);
        c.status().requireTransition(target, user.role());
        if (c.status().compound(target, user.role())) {
            throw new CaseRejected(target == CaseStatus.SUMMONED ? "请选择要吹哨的部门" : "这一步通过报到反馈或评价完成");
        }
        String text = note == null ? "" : note.strip();
        if (CaseStatus.needsNote(target) && text.isEmpty()) {
            throw new CaseRejected("请填写" + target.label() + "的理由");
        }
        if (text.length() > 500) {
            throw new CaseRejected("说明不能超过 500 个字");
        }
        String photoProblem = NewCase.photoProblem(photos);
        if (photoProblem != null) {
            throw new CaseRejected(photoProblem);
        }
        long logId = transition(c, target, text.isEmpty() ? null : text, user.username(), user.role(), null);
        savePhotos(id, logId, photos, user.username());
        audit.record("CASE_MOVE", c.number() + " " + c.title(), c.divisionPath(), c.status().label() + " → " + target.label());
    }

    /**
     * Changes the status (if nobody changed it meanwhile), stamps the times the figures need,
     * writes the log and tells whoever the new status waits for. Returns the log entry's id.
     */
    long transition(CaseView c, CaseStatus target, String note, String actor, Role role, Long departmentId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime finishDue = target == CaseStatus.REOPENED ? calendar.due(now, RECTIFY) : c.finishDue();
        int updated = jdbc.sql("""
                        UPDATE case_record SET status = :to, version = version + 1, updated_at = :now, finish_due = :due,
                               accepted_at = CASE WHEN :to = 'ACCEPTED' AND accepted_at IS NULL THEN :now ELSE accepted_at END,
                               escalated_at = CASE WHEN :to = 'ESCALATED' AND escalated_at IS NULL THEN :now ELSE escalated_at END,
                               rework_count = rework_count + CASE WHEN :to = 'REWORK' THEN 1 ELSE 0 END,
                               closed_at = CASE WHEN :to IN ('CLOSED', 'REJECTED') THEN :now
                                                WHEN :to = 'REOPENED' THEN NULL ELSE closed_at END,
                               closed_on_time = CASE WHEN :to = 'CLOSED' AND closed_on_time IS NULL THEN :now <= finish_due
                                                     ELSE closed_on_time END
                        WHERE id = :id AND status = :from AND version = :version""").param("now", OffsetDateTime.now(clock))
                .param("to", target.name()).param("from", c.status().name()).param("id", c.id())
                .param("version", c.version()).param("due", finishDue).update();
        if (updated == 0) {
            throw new CaseRejected("案件状态已被他人改变，请刷新后再试");
        }
        long logId = log(c.id(), actor, role, c.status(), target, note, departmentId);
        notices.moved(c, target, note);
        return logId;
    }

    long log(long caseId, String actor, Role role, CaseStatus from, CaseStatus to, String note, Long departmentId) {
        return jdbc.sql("""
                        INSERT INTO case_log (case_id, actor, actor_role, from_status, to_status, note, department_id)
                        VALUES (:c, :a, :r, :f, :t, :n, :d) RETURNING id""")
                .param("c", caseId).param("a", actor).param("r", role == null ? null : role.name())
                .param("f", from == null ? null : from.name()).param("t", to.name()).param("n", note)
                .param("d", departmentId).query(Long.class).single();
    }

    void savePhotos(long caseId, Long logId, List<NewCase.Photo> photos, String by) {
        for (NewCase.Photo p : photos) {
            jdbc.sql("""
                            INSERT INTO case_attachment (case_id, log_id, filename, content_type, size_bytes, data, added_by)
                            VALUES (:c, :l, :f, :t, :s, :d, :b)""")
                    .param("c", caseId).param("l", logId).param("f", p.filename()).param("t", p.sniffedType())
                    .param("s", p.data().length).param("d", p.data()).param("b", by).update();
        }
    }
}
