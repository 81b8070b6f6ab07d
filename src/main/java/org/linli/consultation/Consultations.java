package org.linli.consultation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts out for comment. Who takes part follows the draft's division: staff whose scope covers
 * it publish, answer and report; residents living under it comment while it is open; staff
 * below it read it. Everyone else gets a 404.
 */
@Service
public class Consultations {

    /** Roles that publish drafts and answer comments (within their scope). */
    private static final Set<Role> PUBLISHERS = Set.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_WORKER);
    /** "A few characters": an answer needs a reason a reader can follow. */
    static final int MIN_REASON = 5;

    private static final String SELECT = """
            SELECT c.id, c.division_id, c.division_path, d.name AS division_name, c.title, c.deadline, c.report_note,
                   c.report_published_at, c.report_published_by, c.created_by, c.created_at,
            """ + ConsultationStatus.SQL + """
             AS status,
                   (SELECT count(*) FROM consultation_comment k WHERE k.consultation_id = c.id) AS comments,
                   (SELECT count(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.answer IS NOT NULL) AS answered
            FROM consultation c JOIN division d ON d.id = c.division_id
            """;
    /** Staff see drafts for divisions in their scope, and drafts for a division above them (a street's, a district's). */
    private static final String STAFF_VISIBLE = "(c.division_path LIKE :prefix || '%' OR starts_with(:path, c.division_path))";

    private static final String COMMENT = """
            SELECT id, consultation_id, paragraph, passage, body, author_account_id, author_name, created_at, answer, reason,
                   answered_by, answered_at
            FROM consultation_comment
            """;

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    Consultations(JdbcClient jdbc, Divisions divisions, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** The divisions a user may publish a draft for: their own node and, below a district or street, its children. */
    public List<Division> divisionsFor(CurrentUser user) {
        if (!PUBLISHERS.contains(user.role())) {
            return List.of();
        }
        Division own = divisions.findUnscoped(user.divisionId()).orElseThrow();
        List<Division> choices = new ArrayList<>();
        if (own.level() == Level.COUNTY || own.level() == Level.STREET || own.level() == Level.COMMITTEE) {
            choices.add(own);
        }
        if (own.level() == Level.COUNTY || own.level() == Level.STREET) {
            choices.addAll(divisions.children(own, user.scope(), 0, 500).stream()
                    .filter(d -> d.level() == Level.STREET || d.level() == Level.COMMITTEE).toList());
        }
        return choices;
    }

    /** Splits a draft into its paragraphs: each non-blank line is one. */
    static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Publishes a draft for comment; errors by field, in Chinese. The new id goes to {@code created[0]}. */
    @Transactional
    public Map<String, String> publish(Map<String, String> form, CurrentUser user, long[] created) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = form.getOrDefault("division", "").strip();
        Division division = divisionsFor(user).stream().filter(d -> d.code().equals(code)).findFirst().orElse(null);
        if (division == null) {
            errors.put("division", "请选择征求意见的范围（本单位或所辖社区）");
        }
        String title = form.getOrDefault("title", "").strip();
        if (title.length() < 4 || title.length() > 100) {
            errors.put("title", "请填写标题（4 到 100 个字）");
        }
        List<String> paragraphs = paragraphs(form.get("body"));
        if (paragraphs.isEmpty()) {
            errors.put("body", "请填写征求意见稿正文，每段一行");
        } else if (paragraphs.size() > 200 || paragraphs.stream().anyMatch(p -> p.length() > 5000)) {
            errors.put("body", "正文最多 200 段，每段不超过 5000 个字");
        }
        OffsetDateTime deadline = null;
        try {
            deadline = LocalDateTime.parse(form.getOrDefault("deadline", "").strip()).atZone(Times.zone()).toOffsetDateTime();
            if (!deadline.isAfter(OffsetDateTime.now(clock))) {
                errors.put("deadline", "截止时间应晚于现在");
            }
        } catch (DateTimeParseException e) {
            errors.put("deadline", "请填写截止时间，如 2026-12-31 18:00");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        created[0] = create(division, title, paragraphs, deadline, user.username());
        return errors;
    }

    /** Writes a draft and its paragraphs and audits it; the caller has checked the fields. */
    @Transactional
    public long create(Division division, String title, List<String> paragraphs, OffsetDateTime deadline, String by) {
        long id = jdbc.sql("""
                        INSERT INTO consultation (division_id, division_path, title, deadline, created_by)
                        VALUES (:d, :p, :t, :dl, :by) RETURNING id""")
                .param("d", division.id()).param("p", division.path()).param("t", title).param("dl", deadline).param("by", by)
                .query(Long.class).single();
        for (int i = 0; i < paragraphs.size(); i++) {
            jdbc.sql("INSERT INTO consultation_paragraph (consultation_id, number, body) VALUES (:c, :n, :b)")
                    .param("c", id).param("n", i + 1).param("b", paragraphs.get(i)).update();
        }
        audit.record("CONSULTATION_PUBLISH", title, division.path(),
                division.name() + "，" + paragraphs.size() + " 段，截止 " + Times.local(deadline).toString().replace('T', ' '));
        return id;
    }

    /** One page of the drafts a user sees, newest first; {@code status} null for all. */
    public List<Consultation> list(CurrentUser user, ConsultationStatus status, int page, int size) {
        return jdbc.sql(SELECT + "WHERE " + visibleTo(user) + " AND (:status = '' OR " + ConsultationStatus.SQL + " = :status)"
                        + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
                .param("now", OffsetDateTime.now(clock)).param("prefix", user.scope().prefix()).param("path", user.scope().path())
                .param("status", status == null ? "" : status.name()).param("limit", size).param("offset", page * size)
                .query(Consultation.class).list();
    }

    public long count(CurrentUser user, ConsultationStatus status) {
        return jdbc.sql("SELECT count(*) FROM consultation c WHERE " + visibleTo(user)
                        + " AND (:status = '' OR " + ConsultationStatus.SQL + " = :status)")
                .param("now", OffsetDateTime.now(clock)).param("prefix", user.scope().prefix()).param("path", user.scope().path())
                .param("status", status == null ? "" : status.name()).query(Long.class).single();
    }

    private static String visibleTo(CurrentUser user) {
        return switch (user.role()) {
            // A resident sees the drafts for their committee or a division above it, never those of other committees.
            case RESIDENT -> "starts_with(:path, c.division_path)";
            case DEPARTMENT_STAFF -> "false";
            default -> STAFF_VISIBLE;
        };
    }

    /** A draft the user may see, or a 404. */
    public Consultation get(long id, CurrentUser user) {
        Consultation c = jdbc.sql(SELECT + "WHERE c.id = :id").param("id", id).param("now", OffsetDateTime.now(clock)).query(Consultation.class).optional()
                .orElseThrow(() -> new NotFoundException("consultation " + id));
        if (!visible(c, user)) {
            throw new NotFoundException("consultation " + id);
        }
        return c;
    }

    static boolean visible(Consultation c, CurrentUser user) {
        boolean above = user.scope().path().startsWith(c.divisionPath());
        return switch (user.role()) {
            case RESIDENT -> above;
            case DEPARTMENT_STAFF -> false;
            default -> above || user.scope().covers(c.divisionPath());
        };
    }

    /** Whether the user answers the draft's comments and publishes its report: staff whose scope covers its division. */
    public boolean manages(Consultation c, CurrentUser user) {
        return PUBLISHERS.contains(user.role()) && user.scope().covers(c.divisionPath());
    }

    /** Whether the user may comment on it now. */
    public boolean mayComment(Consultation c, CurrentUser user) {
        return user.role() == Role.RESIDENT && c.status() == ConsultationStatus.OPEN && visible(c, user);
    }

    /** A draft whose feedback report is published, for anyone (404 before that). */
    public Consultation published(long id) {
        return jdbc.sql(SELECT + "WHERE c.id = :id AND c.report_published_at IS NOT NULL").param("id", id)
                .param("now", OffsetDateTime.now(clock))
                .query(Consultation.class).optional().orElseThrow(() -> new NotFoundException("consultation report " + id));
    }

    public List<Paragraph> paragraphs(long id) {
        return jdbc.sql("SELECT number, body FROM consultation_paragraph WHERE consultation_id = :c ORDER BY number")
                .param("c", id).query(Paragraph.class).list();
    }

    public List<Comment> comments(long id) {
        return jdbc.sql(COMMENT + "WHERE consultation_id = :c ORDER BY paragraph, id").param("c", id).query(Comment.class).list();
    }

    /** How many comments got each answer. */
    public Map<Answer, Long> answerCounts(List<Comment> comments) {
        Map<Answer, Long> counts = new EnumMap<>(Answer.class);
        for (Answer a : Answer.values()) {
            counts.put(a, comments.stream().filter(k -> k.answer() == a).count());
        }
        return counts;
    }

    /** Collapses runs of whitespace, so a passage selected in the browser matches the stored paragraph. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Chinese text carries no meaning in its spaces; a selection may gain or lose some. */
    static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A resident's comment on a paragraph or a passage of it; errors by field, in Chinese. */
    @Transactional
    public Map<String, String> comment(long id, Map<String, String> form, CurrentUser user) {
        Consultation c = get(id, user);
        if (user.role() != Role.RESIDENT) {
            throw new ConsultationRejected("意见由本辖区居民提出，工作人员请在截止后逐条答复");
        }
        if (c.status() != ConsultationStatus.OPEN) {
            throw new ConsultationRejected(closedMessage(c));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Paragraph paragraph = null;
        try {
            int number = Integer.parseInt(form.getOrDefault("paragraph", "").strip());
            paragraph = paragraphs(id).stream().filter(p -> p.number() == number).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (paragraph == null) {
            errors.put("paragraph", "请选择要提意见的段落");
        }
        String passage = normalise(form.getOrDefault("passage", ""));
        if (passage.length() > 500) {
            errors.put("passage", "所选原文不能超过 500 个字，请选短一些");
        } else if (paragraph != null && !passage.isEmpty() && !withoutSpace(paragraph.body()).contains(withoutSpace(passage))) {
            errors.put("passage", "所选原文“" + abbreviate(passage) + "”不在第 " + paragraph.number() + " 段中，请在该段中重新选择");
        }
        String body = form.getOrDefault("body", "").strip();
        if (body.length() < 2 || body.length() > 1000) {
            errors.put("body", "请填写意见（2 到 1000 个字）");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        // The deadline is checked again by the insert itself, so a comment sent at the last second cannot slip in late.
        int inserted = jdbc.sql("""
                        INSERT INTO consultation_comment (consultation_id, paragraph, passage, body, author_account_id, author_name)
                        SELECT c.id, :n, :passage, :body, :acc, :name FROM consultation c
                        WHERE c.id = :c AND :now < c.deadline AND c.report_published_at IS NULL""").param("now", OffsetDateTime.now(clock))
                .param("c", id).param("n", paragraph.number()).param("passage", passage.isEmpty() ? null : passage)
                .param("body", body).param("acc", user.accountId()).param("name", user.displayName()).update();
        if (inserted == 0) {
            throw new ConsultationRejected(closedMessage(c));
        }
        audit.record("CONSULTATION_COMMENT", c.title(), c.divisionPath(), "第 " + paragraph.number() + " 段"
                + (passage.isEmpty() ? "" : "“" + abbreviate(passage) + "”"));
        return errors;
    }

    private static String closedMessage(Consultation c) {
        return "征求意见已于 " + Times.local(c.deadline()).toString().replace('T', ' ') + " 截止，不能再提出意见";
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    /** Answers one comment after the deadline: adopted, partly adopted or not, always with a reason. */
    @Transactional
    public void answer(long id, long commentId, Answer answer, String reason, CurrentUser user) {
        Consultation c = get(id, user);
        if (!manages(c, user)) {
            throw new ConsultationRejected("意见由发布征求意见稿的单位答复");
        }
        if (c.status() == ConsultationStatus.OPEN) {
            throw new ConsultationRejected("征求意见截止后才能答复");
        }
        if (c.status() == ConsultationStatus.REPORTED) {
            throw new ConsultationRejected("反馈报告已发布，答复不能再修改");
        }
        Comment comment = comments(id).stream().filter(k -> k.id() == commentId).findFirst()
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (answer == null) {
            throw new ConsultationRejected("请选择答复：采纳、部分采纳或不采纳");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASON || text.length() > 1000) {
            throw new ConsultationRejected("请填写“" + answer.label() + "”的理由（" + MIN_REASON + " 到 1000 个字）");
        }
        int updated = jdbc.sql("""
                        UPDATE consultation_comment SET answer = :a, reason = :r, answered_by = :by, answered_at = :now
                        WHERE id = :k AND consultation_id = :c
                          AND EXISTS (SELECT 1 FROM consultation WHERE id = :c AND report_published_at IS NULL AND :now >= deadline)""").param("now", OffsetDateTime.now(clock))
                .param("a", answer.name()).param("r", text).param("by", user.username()).param("k", comment.id()).param("c", id)
                .update();
        if (updated == 0) {
            throw new ConsultationRejected("反馈报告已发布，答复不能再修改");
        }
        audit.record("CONSULTATION_ANSWER", c.title(), c.divisionPath(), "第 " + comment.paragraph() + " 段意见："
                + answer.label() + "，" + text);
    }

    /** Publishes the feedback report once every comment is answered. */
    @Transactional
    public void publishReport(long id, String note, CurrentUser user) {
        Consultation c = get(id, user);
        if (!manages(c, user)) {
            throw new ConsultationRejected("反馈报告由发布征求意见稿的单位发布");
        }
        if (c.status() == ConsultationStatus.OPEN) {
            throw new ConsultationRejected("征求意见尚未截止（" + Times.local(c.deadline()).toString().replace('T', ' ')
                    + "），截止并答复全部意见后才能发布反馈报告");
        }
        if (c.status() == ConsultationStatus.REPORTED) {
            throw new ConsultationRejected("反馈报告已发布");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw new ConsultationRejected("报告说明不能超过 2000 个字");
        }
        long unanswered = jdbc.sql("SELECT count(*) FROM consultation_comment WHERE consultation_id = :c AND answer IS NULL")
                .param("c", id).query(Long.class).single();
        if (unanswered > 0) {
            throw new ConsultationRejected("还有 " + unanswered + " 条意见未答复，全部答复后才能发布反馈报告");
        }
        int updated = jdbc.sql("""
                        UPDATE consultation SET report_published_at = :now, report_published_by = :by, report_note = :n
                        WHERE id = :c AND report_published_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM consultation_comment WHERE consultation_id = :c AND answer IS NULL)""").param("now", OffsetDateTime.now(clock))
                .param("by", user.username()).param("n", text.isEmpty() ? null : text).param("c", id).update();
        if (updated == 0) {
            throw new ConsultationRejected("有新的变动，请刷新后再发布");
        }
        audit.record("CONSULTATION_REPORT", c.title(), c.divisionPath(), c.comments() + " 条意见已全部答复");
    }

    /** Whether a draft with this title already exists for the division (the demo adds its draft once). */
    public boolean exists(Division division, String title) {
        return jdbc.sql("SELECT count(*) FROM consultation WHERE division_id = :d AND title = :t")
                .param("d", division.id()).param("t", title).query(Long.class).single() > 0;
    }

    /** Lists a draft's comments as the Excel export and the report group them: by paragraph, in order. */
    public Map<Integer, List<Comment>> byParagraph(List<Comment> comments) {
        Map<Integer, List<Comment>> grouped = new LinkedHashMap<>();
        comments.forEach(k -> grouped.computeIfAbsent(k.paragraph(), n -> new ArrayList<>()).add(k));
        return grouped;
    }
}
