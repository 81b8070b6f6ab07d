package org.linli.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases within a scope: intake, queues, and every transition through the state machine with its log. */
@Service
public class Cases {

    static final String VIEW = """
            SELECT c.id, c.number, c.division_id, c.division_path, c.category_code, k.name AS category_name, c.channel,
                   c.hotline_number, c.title, c.description, c.status, c.created_by, c.created_at, c.accept_due,
                   c.finish_due, c.closed_at
            FROM case_record c JOIN case_category k ON k.code = c.category_code
            WHERE c.division_path LIKE :prefix || '%'
            """;

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final AuditLog audit;

    Cases(JdbcClient jdbc, Divisions divisions, AuditLog audit) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.audit = audit;
    }

    public record Category(String code, String name, int acceptHours, int finishHours) {
    }

    public record LogEntry(java.time.OffsetDateTime at, String actor, CaseStatus fromStatus, CaseStatus toStatus, String note) {

        public java.time.LocalDateTime localAt() {
            return Times.local(at);
        }
    }

    public List<Category> categories() {
        return jdbc.sql("SELECT code, name, accept_hours, finish_hours FROM case_category ORDER BY sort")
                .query(Category.class).list();
    }

    /** Staff enter a case (a call, a visit, a 12345 transfer, a patrol finding); errors by field. */
    @Transactional
    public Map<String, String> open(Map<String, String> form, CurrentUser user, long[] created) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String title = form.getOrDefault("title", "").strip();
        String description = form.getOrDefault("description", "").strip();
        if (title.isEmpty() || title.length() > 100) {
            errors.put("title", title.isEmpty() ? "请填写标题" : "标题不能超过 100 个字");
        }
        if (description.length() < 5 || description.length() > 2000) {
            errors.put("description", "请描述问题（5 到 2000 个字）");
        }
        Category category = categories().stream().filter(c -> c.code().equals(form.get("category"))).findFirst().orElse(null);
        if (category == null) {
            errors.put("category", "请选择类别");
        }
        Channel channel = null;
        try {
            channel = Channel.valueOf(form.getOrDefault("channel", ""));
        } catch (IllegalArgumentException e) {
            errors.put("channel", "请选择来源");
        }
        String hotline = form.getOrDefault("hotlineNumber", "").strip();
        if (channel == Channel.HOTLINE_12345 && hotline.isEmpty()) {
            errors.put("hotlineNumber", "12345 转办须填写热线工单号");
        }
        Division place = divisions.findByCode(form.getOrDefault("placeCode", "").strip())
                .filter(d -> user.scope().covers(d.path()) && d.level().ordinal() >= Level.COMMITTEE.ordinal())
                .orElse(null);
        if (place == null) {
            errors.put("placeCode", "发生地点应为您管辖范围内的居村委会、网格、小区或楼栋");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        long id = jdbc.sql("SELECT nextval('case_record_id_seq')").query(Long.class).single();
        String number = "C" + LocalDate.now(Times.CHINA).format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + id;
        jdbc.sql("""
                        INSERT INTO case_record (id, number, division_id, division_path, category_code, channel, hotline_number,
                            title, description, status, created_by, accept_due, finish_due)
                        VALUES (:id, :number, :d, :p, :cat, :ch, :hot, :title, :desc, 'REPORTED', :by,
                                now() + make_interval(hours => :ah), now() + make_interval(hours => :fh))""")
                .param("id", id).param("number", number).param("d", place.id()).param("p", place.path())
                .param("cat", category.code()).param("ch", channel.name()).param("hot", hotline.isEmpty() ? null : hotline)
                .param("title", title).param("desc", description).param("by", user.username())
                .param("ah", category.acceptHours()).param("fh", category.finishHours())
                .update();
        log(id, user.username(), null, CaseStatus.REPORTED, channel.label());
        audit.record("CASE_OPEN", number + " " + title, place.path(), category.name());
        created[0] = id;
        return errors;
    }

    /** A queue: open cases first, overdue and nearest to their limit first. */
    public List<CaseView> queue(DataScope scope, CaseStatus status, boolean openOnly, int page, int size) {
        return jdbc.sql(VIEW + """
                        AND (:status = '' OR c.status = :status)
                        AND (NOT :open OR c.status NOT IN ('CLOSED', 'REJECTED'))
                        ORDER BY c.status IN ('CLOSED', 'REJECTED'),
                                 CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END,
                                 c.id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("status", status == null ? "" : status.name())
                .param("open", openOnly).param("limit", size).param("offset", page * size)
                .query(CaseView.class).list();
    }

    /** Open cases in scope, and how many of them are past their limit. */
    public record Waiting(long open, long overdue) {
    }

    public Waiting waiting(DataScope scope) {
        return jdbc.sql("""
                        SELECT count(*) AS open,
                               count(*) FILTER (WHERE (status = 'REPORTED' AND now() > accept_due)
                                                   OR (status <> 'REPORTED' AND now() > finish_due)) AS overdue
                        FROM case_record WHERE division_path LIKE :prefix || '%' AND status NOT IN ('CLOSED', 'REJECTED')""")
                .param("prefix", scope.prefix()).query(Waiting.class).single();
    }

    public CaseView get(long id, DataScope scope) {
        return jdbc.sql(VIEW + "AND c.id = :id").param("prefix", scope.prefix()).param("id", id)
                .query(CaseView.class).optional().orElseThrow(() -> new NotFoundException("case " + id));
    }

    public List<LogEntry> log(long id, DataScope scope) {
        get(id, scope);
        return jdbc.sql("SELECT at, actor, from_status, to_status, note FROM case_log WHERE case_id = :id ORDER BY at, id")
                .param("id", id).query(LogEntry.class).list();
    }

    /** Moves a case, if the user's role may make that move from its status, and logs it. */
    @Transactional
    public void move(long id, CaseStatus target, String note, CurrentUser user) {
        CaseView c = get(id, user.scope());
        c.status().requireTransition(target, user.role());
        String text = note == null ? "" : note.strip();
        if (CaseStatus.needsNote(target) && text.isEmpty()) {
            throw new CaseRejected("请填写" + target.label() + "的理由");
        }
        if (text.length() > 500) {
            throw new CaseRejected("说明不能超过 500 个字");
        }
        int updated = jdbc.sql("""
                        UPDATE case_record SET status = :to, version = version + 1,
                               closed_at = CASE WHEN :to = 'CLOSED' THEN now() WHEN :to = 'REOPENED' THEN NULL ELSE closed_at END
                        WHERE id = :id AND status = :from""")
                .param("to", target.name()).param("from", c.status().name()).param("id", id).update();
        if (updated == 0) {
            throw new CaseRejected("案件状态已被他人改变，请刷新后再试");
        }
        log(id, user.username(), c.status(), target, text.isEmpty() ? null : text);
        audit.record("CASE_MOVE", c.number() + " " + c.title(), c.divisionPath(), c.status().label() + " → " + target.label());
    }

    private void log(long id, String actor, CaseStatus from, CaseStatus to, String note) {
        jdbc.sql("INSERT INTO case_log (case_id, actor, from_status, to_status, note) VALUES (:c, :a, :f, :t, :n)")
                .param("c", id).param("a", actor).param("f", from == null ? null : from.name()).param("t", to.name())
                .param("n", note).update();
    }
}
