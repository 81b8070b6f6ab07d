package org.linli.deliberation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.casework.Channel;
import org.linli.casework.Intake;
import org.linli.casework.NewCase;
import org.linli.casework.Submitter;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Kind;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topics proposed by residents, representatives, committee members and grid workers (online, or
 * entered by staff from a talk or a hearing), their pre-review with an outcome and a reason the
 * proposer sees, and the stages of the procedure an admitted topic follows.
 */
@Service
public class Topics {

    private static final String SELECT = """
            SELECT t.id, t.committee_id, t.division_path, d.name AS committee_name, t.title, t.body, t.source, t.proposer,
                   t.proposer_account_id, t.status, t.review_note, t.reviewed_by, t.reviewed_at, t.merged_into,
                   t.referred_case_id, t.procedure, t.stage, t.version, t.created_at
            FROM topic t JOIN division d ON d.id = t.committee_id
            """;

    public record StageRecord(int stage, String name, String record, String closedBy, java.time.OffsetDateTime closedAt) {

        public java.time.LocalDateTime localClosedAt() {
            return org.linli.shared.Times.local(closedAt);
        }
    }

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final Intake intake;
    private final AuditLog audit;
    private final Board board;
    private final TaskRecords tasks;
    private final Clock clock;

    Topics(JdbcClient jdbc, Divisions divisions, Intake intake, AuditLog audit, Board board,
           TaskRecords tasks, Clock clock) {
        this.clock = clock;
        this.board = board;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.intake = intake;
        this.audit = audit;
    }

    /** The committee a user proposes to: their own, or the one above their grid. */
    public Division committeeOf(CurrentUser user) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow();
        if (node.level() == Level.COMMITTEE) {
            return node;
        }
        return divisions.lineage(node).stream().filter(d -> d.level() == Level.COMMITTEE).findFirst()
                .orElseThrow(() -> new NotFoundException("committee of " + user.username()));
    }

    /** Proposes a topic to the user's committee; errors by field, in Chinese. */
    @Transactional
    public Map<String, String> propose(Map<String, String> form, CurrentUser user, long[] created) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = form.getOrDefault("title", "").strip();
        String body = form.getOrDefault("body", "").strip();
        if (title.length() < 4 || title.length() > 100) {
            errors.put("title", "请填写议题（4 到 100 个字）");
        }
        if (body.length() < 10 || body.length() > 5000) {
            errors.put("body", "请说明议题的背景和建议（10 到 5000 个字）");
        }
        Source source = Source.ONLINE;
        String proposer = user.username();
        if (user.role() != Role.RESIDENT) {
            try {
                source = Source.valueOf(form.getOrDefault("source", "STAFF"));
            } catch (IllegalArgumentException e) {
                errors.put("source", "请选择议题来源");
            }
            String named = form.getOrDefault("proposer", "").strip();
            if (named.length() > 50) {
                errors.put("proposer", "提议人不能超过 50 个字");
            } else if (!named.isEmpty()) {
                proposer = named;
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Division committee = committeeOf(user);
        created[0] = jdbc.sql("""
                        INSERT INTO topic (committee_id, division_path, title, body, source, proposer, proposer_account_id, status)
                        VALUES (:c, :p, :t, :b, :s, :who, :acc, 'PROPOSED') RETURNING id""")
                .param("c", committee.id()).param("p", committee.path()).param("t", title).param("b", body)
                .param("s", source.name()).param("who", proposer)
                .param("acc", user.role() == Role.RESIDENT ? user.accountId() : null).query(Long.class).single();
        audit.record("TOPIC_PROPOSE", title, committee.path(), source.label());
        return errors;
    }

    /** Topics a user may see: staff by scope; a resident their committee's admitted and completed ones and their own. */
    public List<Topic> list(CurrentUser user, TopicStatus status) {
        if (user.role() == Role.RESIDENT) {
            return jdbc.sql(SELECT + """
                            WHERE t.committee_id = :c AND (t.proposer_account_id = :me OR t.status IN ('ADMITTED', 'COMPLETED'))
                            ORDER BY t.created_at DESC LIMIT 200""")
                    .param("c", committeeOf(user).id()).param("me", user.accountId()).query(Topic.class).list();
        }
        return jdbc.sql(SELECT + """
                        WHERE t.division_path LIKE :prefix || '%' AND (:status = '' OR t.status = :status)
                        ORDER BY t.status <> 'PROPOSED', t.created_at DESC LIMIT 200""")
                .param("prefix", user.scope().prefix()).param("status", status == null ? "" : status.name())
                .query(Topic.class).list();
    }

    public Topic get(long id, CurrentUser user) {
        Topic t = jdbc.sql(SELECT + "WHERE t.id = :id").param("id", id).query(Topic.class).optional()
                .orElseThrow(() -> new NotFoundException("topic " + id));
        boolean visible = user.role() == Role.RESIDENT
                ? t.committeeId() == committeeOf(user).id()
                        && (user.accountId() == (t.proposerAccountId() == null ? -1 : t.proposerAccountId())
                            || t.status() == TopicStatus.ADMITTED || t.status() == TopicStatus.COMPLETED)
                : new DataScope(user.scope().path()).covers(t.divisionPath());
        // The owner of one of its implementation tasks follows the topic even from below its committee (a grid worker).
        if (!visible && !tasks.owns(id, user.accountId())) {
            throw new NotFoundException("topic " + id);
        }
        return t;
    }

    public List<StageRecord> stages(long topicId) {
        return jdbc.sql("SELECT stage, name, record, closed_by, closed_at FROM topic_stage WHERE topic_id = :t ORDER BY stage")
                .param("t", topicId).query(StageRecord.class).list();
    }

    /**
     * Pre-review by the committee: admit (the procedure follows from the committee's kind),
     * return for revision, merge into another topic, refer to the case loop, or decline — each but
     * admission with a reason the proposer sees.
     */
    @Transactional
    public void review(long id, TopicStatus outcome, String reason, Long mergeInto, String category, Long matterId, CurrentUser user) {
        Topic t = get(id, user);
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("议题预审由居（村）委会工作人员办理");
        }
        if (t.status() != TopicStatus.PROPOSED) {
            throw new TopicRejected("该议题已预审（" + t.status().label() + "）");
        }
        if (outcome == null || outcome == TopicStatus.PROPOSED || outcome == TopicStatus.COMPLETED) {
            throw new TopicRejected("请选择预审结果");
        }
        String note = reason == null ? "" : reason.strip();
        if (outcome.needsReason() && note.length() < 2) {
            throw new TopicRejected("请填写“" + outcome.label() + "”的理由，提议人会看到");
        }
        if (note.length() > 500) {
            throw new TopicRejected("理由不能超过 500 个字");
        }
        // A matter the catalogue says must be deliberated is not declined: it can still be returned, merged or referred.
        if (outcome == TopicStatus.DECLINED && matterId != null) {
            record Entry(String name, boolean mandatory) {
            }
            Entry entry = jdbc.sql("SELECT name, mandatory FROM matter WHERE id = :m AND committee_id = :c AND active")
                    .param("m", matterId).param("c", t.committeeId()).query(Entry.class).optional()
                    .orElseThrow(() -> new TopicRejected("请选择本居（村）委会议事协商事项目录中的事项"));
            if (entry.mandatory()) {
                throw new TopicRejected("“" + entry.name() + "”是议事协商事项目录中必须协商的事项，不能不予受理；"
                        + "可以退回修改、与其他议题合并或转为诉求办理");
            }
        }
        Long merged = null;
        Long caseId = null;
        if (outcome == TopicStatus.MERGED) {
            Topic target = mergeInto == null ? null : list(user, null).stream()
                    .filter(o -> o.id() == mergeInto && o.id() != id && o.committeeId() == t.committeeId()
                            && (o.status() == TopicStatus.ADMITTED || o.status() == TopicStatus.PROPOSED))
                    .findFirst().orElse(null);
            if (target == null) {
                throw new TopicRejected("请选择本居（村）委会待预审或议事中的另一议题合并");
            }
            merged = target.id();
        }
        if (outcome == TopicStatus.REFERRED) {
            Division committee = divisions.findUnscoped(t.committeeId()).orElseThrow();
            Intake.Result result = intake.open(new NewCase(category, committee.code(), t.title(), t.body(), Channel.WALK_IN, null,
                    t.proposer(), null, null, null, null, "topic-referral-" + t.id(), List.of()), Submitter.staff(user));
            if (!result.ok()) {
                throw new TopicRejected("转为诉求失败：" + String.join("；", result.errors().values()));
            }
            caseId = result.caseId();
        }
        // Admission may name the entry of the committee's catalogue of matters; its procedure then applies.
        String matterProcedure = outcome != TopicStatus.ADMITTED || matterId == null ? null : jdbc.sql(
                        "SELECT procedure FROM matter WHERE id = :m AND committee_id = :c AND active")
                .param("m", matterId).param("c", t.committeeId()).query(String.class).optional()
                .orElseThrow(() -> new TopicRejected("请选择本居（村）委会议事协商事项目录中的事项"));
        Procedure procedure = outcome != TopicStatus.ADMITTED ? null
                : matterProcedure != null ? Procedure.valueOf(matterProcedure) : procedureFor(t.committeeId());
        int updated = jdbc.sql("""
                        UPDATE topic SET status = :s, review_note = :n, reviewed_by = :by, reviewed_at = :now, merged_into = :m,
                               referred_case_id = :c, procedure = :p, matter_id = :matter, version = version + 1
                        WHERE id = :id AND version = :v""").param("now", OffsetDateTime.now(clock))
                .param("matter", matterProcedure == null ? null : matterId).param("s", outcome.name()).param("n", note.isEmpty() ? null : note).param("by", user.username())
                .param("m", merged).param("c", caseId).param("p", procedure == null ? null : procedure.name())
                .param("id", id).param("v", t.version()).update();
        if (updated == 0) {
            throw new TopicRejected("议题已被他人修改，请刷新后再试");
        }
        audit.record("TOPIC_REVIEW", t.title(), t.divisionPath(), outcome.label() + (note.isEmpty() ? "" : "：" + note));
    }

    /** A returned topic, revised by its proposer, goes back to pre-review. */
    @Transactional
    public void revise(long id, String title, String body, CurrentUser user) {
        Topic t = get(id, user);
        boolean own = t.proposerAccountId() != null && t.proposerAccountId() == user.accountId();
        if (t.status() != TopicStatus.RETURNED || !(own || user.role() == Role.COMMUNITY_WORKER)) {
            throw new TopicRejected("只有退回修改的议题可以修改后重新提交");
        }
        String ti = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (ti.length() < 4 || ti.length() > 100 || b.length() < 10 || b.length() > 5000) {
            throw new TopicRejected("请填写议题（4 到 100 个字）和说明（10 到 5000 个字）");
        }
        jdbc.sql("UPDATE topic SET title = :t, body = :b, status = 'PROPOSED', version = version + 1 WHERE id = :id")
                .param("t", ti).param("b", b).param("id", id).update();
        audit.record("TOPIC_PROPOSE", ti, t.divisionPath(), "修改后重新提交");
    }

    /** Closes the topic's open stage with its record; the procedure decides whether it may. */
    @Transactional
    public void closeStage(long id, int stage, String record, CurrentUser user) {
        Topic t = get(id, user);
        if (t.status() != TopicStatus.ADMITTED || t.procedure() == null) {
            throw new TopicRejected("只有已受理的议题按程序推进");
        }
        // A resolution is on record when a meeting with quorum passed the topic; a disclosure stage
        // publishes its record on the committee's board as it closes.
        boolean resolution = jdbc.sql("SELECT count(*) FROM meeting_vote WHERE topic_id = :t AND passed").param("t", id)
                .query(Long.class).single() > 0;
        boolean disclosing = stage == t.stage() && t.openStage() != null
                && t.openStage().requirement() == Procedure.Requirement.DISCLOSURE;
        String text = record == null ? "" : record.strip();
        if (disclosing && text.length() < 5) {
            throw new TopicRejected("请填写要公布的内容（至少 5 个字）");
        }
        int next;
        try {
            next = t.procedure().close(t.stage(), stage, user.role(), new Procedure.Evidence(record, resolution, disclosing));
        } catch (IllegalStateException e) {
            throw new TopicRejected(e.getMessage());
        }
        if (disclosing && stage == t.procedure().stages().size() - 1) {
            // The implementation result: every task done, and the published text lists them.
            text = tasks.resultText(id, text);
        }
        if (disclosing) {
            String heading = t.procedure().stages().get(stage).name() + "：" + t.title();
            long posting = board.post(t.committeeId(), id, heading, text, user.username());
            jdbc.sql("UPDATE topic SET disclosed_posting_id = :p WHERE id = :id").param("p", posting).param("id", id).update();
        }
        jdbc.sql("INSERT INTO topic_stage (topic_id, stage, name, record, closed_by) VALUES (:t, :s, :n, :r, :by)")
                .param("t", id).param("s", stage).param("n", t.procedure().stages().get(stage).name())
                .param("r", record == null ? null : record.strip()).param("by", user.username()).update();
        jdbc.sql("""
                        UPDATE topic SET stage = :next, status = CASE WHEN :done THEN 'COMPLETED' ELSE status END, version = version + 1
                        WHERE id = :id AND version = :v""")
                .param("next", next).param("done", next >= t.procedure().stages().size()).param("id", id).param("v", t.version())
                .update();
        audit.record("TOPIC_STAGE", t.title(), t.divisionPath(), t.procedure().stages().get(stage).name());
    }

    private Procedure procedureFor(long committeeId) {
        Division committee = divisions.findUnscoped(committeeId).orElseThrow();
        return committee.kind() == Kind.VILLAGERS_COMMITTEE ? Procedure.VILLAGE : Procedure.URBAN;
    }
}
