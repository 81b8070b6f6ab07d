package org.linli.deliberation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representatives evaluate a completed topic's decision and implementation (议事决策评价, [000 9]);
 * a poor evaluation asks for rectification (整改): the committee records a plan and a result, the
 * street confirms.
 */
@Service
public class Evaluations {

    /**
     * A topic is flagged for rectification when at least a third of its evaluations are
     * 不满意. One third is the share the organic laws treat as weighty enough to make a committee
     * act on its members' request (a third of the residents' groups, or of the villagers'
     * representatives, may have a meeting convened: urban law art. 9, village law art. 21).
     */
    public static final int DISSATISFIED_SHARE_DENOMINATOR = 3;

    /**
     * The share counts only from this many evaluations, so that one unhappy person among the
     * first two to evaluate does not flag a topic the representatives as a whole accept.
     */
    public static final int MIN_EVALUATIONS_FOR_FLAG = 3;

    public record Evaluation(long id, String representative, Long accountId, Rating rating, String comment, String recordedBy,
                             OffsetDateTime createdAt) {

        public boolean online() {
            return accountId != null;
        }

        public LocalDateTime localCreatedAt() {
            return Times.local(createdAt);
        }
    }

    /** How many evaluated, and how. */
    public record Summary(long satisfied, long fairlySatisfied, long dissatisfied) {

        public long total() {
            return satisfied + fairlySatisfied + dissatisfied;
        }

        /** At least {@link #MIN_EVALUATIONS_FOR_FLAG} evaluations and a third or more of them 不满意 (integers: exact at the boundary). */
        public boolean poor() {
            return total() >= MIN_EVALUATIONS_FOR_FLAG && DISSATISFIED_SHARE_DENOMINATOR * dissatisfied >= total();
        }

        public String text() {
            return total() == 0 ? "尚无评价"
                    : "共 " + total() + " 份评价：满意 " + satisfied + "、基本满意 " + fairlySatisfied + "、不满意 " + dissatisfied;
        }
    }

    /** A topic flagged 需整改 and how far its rectification has come. */
    public record Rectification(long topicId, String cause, String reason, String flaggedBy, OffsetDateTime flaggedAt, String plan,
                                String plannedBy, String result, String reportedBy, String confirmedBy, OffsetDateTime confirmedAt,
                                String returnedReason, String returnedResult, String returnedBy, OffsetDateTime returnedAt) {

        public String stateLabel() {
            return confirmedBy != null ? "已整改" : result != null ? "整改待街道确认" : returnedReason != null ? "街道退回，重新整改"
                    : plan != null ? "整改中" : "需整改";
        }

        /** Sent back by the street and not yet reported again. */
        public boolean returned() {
            return returnedReason != null && result == null && confirmedBy == null;
        }

        public LocalDateTime localReturnedAt() {
            return Times.local(returnedAt);
        }

        public boolean open() {
            return confirmedBy == null;
        }

        public String causeLabel() {
            return "STREET".equals(cause) ? "街道评定" : "代表评价";
        }

        public LocalDateTime localConfirmedAt() {
            return Times.local(confirmedAt);
        }
    }

    private static final String RECTIFICATION = """
            SELECT topic_id, cause, reason, flagged_by, flagged_at, plan, planned_by, result, reported_by, confirmed_by, confirmed_at,
                   returned_reason, returned_result, returned_by, returned_at
            FROM topic_rectification
            """;

    private final JdbcClient jdbc;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    Evaluations(JdbcClient jdbc, Topics topics, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.topics = topics;
        this.audit = audit;
    }

    /** Evaluations of a topic the user may see (404 outside their scope). */
    public List<Evaluation> of(long topicId, CurrentUser user) {
        topics.get(topicId, user);
        return jdbc.sql("""
                        SELECT id, representative, account_id, rating, comment, recorded_by, created_at
                        FROM topic_evaluation WHERE topic_id = :t ORDER BY id""")
                .param("t", topicId).query(Evaluation.class).list();
    }

    public Summary summary(long topicId) {
        return summaries(List.of(topicId)).getOrDefault(topicId, new Summary(0, 0, 0));
    }

    /** Summaries of several topics at once (the residents' hall). */
    public Map<Long, Summary> summaries(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT topic_id, count(*) FILTER (WHERE rating = 'SATISFIED') AS s,
                               count(*) FILTER (WHERE rating = 'FAIRLY_SATISFIED') AS f,
                               count(*) FILTER (WHERE rating = 'DISSATISFIED') AS d
                        FROM topic_evaluation WHERE topic_id IN (:ids) GROUP BY topic_id""")
                .param("ids", topicIds)
                .query((rs, n) -> Map.entry(rs.getLong("topic_id"), new Summary(rs.getLong("s"), rs.getLong("f"), rs.getLong("d"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Whether the user may evaluate the topic now: online as a resident (once), or on behalf as staff. */
    public boolean mayEvaluate(Topic t, CurrentUser user) {
        if (t.status() != TopicStatus.COMPLETED) {
            return false;
        }
        if (user.role() == Role.RESIDENT) {
            return jdbc.sql("SELECT count(*) FROM topic_evaluation WHERE topic_id = :t AND account_id = :me")
                    .param("t", t.id()).param("me", user.accountId()).query(Long.class).single() == 0;
        }
        return user.role() == Role.COMMUNITY_WORKER || user.role() == Role.STREET_STAFF;
    }

    /**
     * Records an evaluation: a resident's own, online, or staff's on behalf of a named
     * representative. One per account, one per named representative; 不满意 needs a comment.
     * Reaching the threshold flags the topic for rectification.
     */
    @Transactional
    public void evaluate(long topicId, Rating rating, String representative, String comment, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (t.status() != TopicStatus.COMPLETED) {
            throw new TopicRejected("实施结果公布后才能评价");
        }
        boolean online = user.role() == Role.RESIDENT;
        if (!online && user.role() != Role.COMMUNITY_WORKER && user.role() != Role.STREET_STAFF) {
            throw new TopicRejected("评价由居民代表本人在线提交，或由居（村）委会、街道工作人员代为录入");
        }
        if (rating == null) {
            throw new TopicRejected("请选择满意、基本满意或不满意");
        }
        String text = comment == null ? "" : comment.strip();
        if (rating == Rating.DISSATISFIED && text.length() < 2) {
            throw new TopicRejected("选择“不满意”请写明原因");
        }
        if (text.length() > 500) {
            throw new TopicRejected("评价意见不能超过 500 个字");
        }
        String who = online ? user.displayName() : representative == null ? "" : representative.strip();
        if (who.isEmpty() || who.length() > 50) {
            throw new TopicRejected("请填写代为录入评价的居民代表姓名");
        }
        int inserted = jdbc.sql("""
                        INSERT INTO topic_evaluation (topic_id, division_path, representative, account_id, rating, comment, recorded_by)
                        VALUES (:t, :p, :who, :acc, :r, :c, :by) ON CONFLICT DO NOTHING""")
                .param("t", topicId).param("p", t.divisionPath()).param("who", who).param("acc", online ? user.accountId() : null)
                .param("r", rating.name()).param("c", text.isEmpty() ? null : text).param("by", user.username()).update();
        if (inserted == 0) {
            throw new TopicRejected(online ? "您已评价过该议题" : "已录入过“" + who + "”对该议题的评价");
        }
        audit.record("TOPIC_EVALUATE", t.title(), t.divisionPath(), who + "：" + rating.label() + (online ? "（在线）" : "（代录）"));
        Summary summary = summary(topicId);
        if (summary.poor()) {
            flag(t, "EVALUATION", summary.text() + "，不满意达到三分之一", "system");
        }
    }

    public Rectification rectification(long topicId) {
        return jdbc.sql(RECTIFICATION + "WHERE topic_id = :t").param("t", topicId).query(Rectification.class).optional().orElse(null);
    }

    /** Rectification states of the listed topics, for badges in lists. */
    public Map<Long, String> rectificationStates(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(RECTIFICATION + "WHERE topic_id IN (:ids)").param("ids", topicIds).query(Rectification.class).list()
                .stream().collect(Collectors.toMap(Rectification::topicId, Rectification::stateLabel));
    }

    /** The street judges a completed topic's decision or implementation poor. */
    @Transactional
    public void flagByStreet(long topicId, String reason, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.STREET_STAFF) {
            throw new TopicRejected("由街道工作人员评定是否需要整改");
        }
        if (t.status() != TopicStatus.COMPLETED) {
            throw new TopicRejected("实施结果公布后才能评定整改");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < 2 || text.length() > 500) {
            throw new TopicRejected("请写明需要整改的原因（不超过 500 个字）");
        }
        Rectification current = rectification(topicId);
        if (current != null && current.open()) {
            throw new TopicRejected("该议题已在整改中");
        }
        flag(t, "STREET", text, user.username());
    }

    /** The committee records its rectification plan, then its result. */
    @Transactional
    public void report(long topicId, String field, String text, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("整改方案和结果由居（村）委会工作人员填写");
        }
        Rectification r = rectification(topicId);
        if (r == null || !r.open()) {
            throw new TopicRejected("该议题没有待办的整改");
        }
        String value = text == null ? "" : text.strip();
        if (value.length() < 5 || value.length() > 1000) {
            throw new TopicRejected("请填写整改" + ("plan".equals(field) ? "方案" : "结果") + "（5 到 1000 个字）");
        }
        if ("plan".equals(field)) {
            jdbc.sql("UPDATE topic_rectification SET plan = :v, planned_by = :by, planned_at = :now WHERE topic_id = :t").param("now", OffsetDateTime.now(clock))
                    .param("v", value).param("by", user.username()).param("t", topicId).update();
        } else if ("result".equals(field)) {
            if (r.plan() == null) {
                throw new TopicRejected("请先填写整改方案");
            }
            jdbc.sql("UPDATE topic_rectification SET result = :v, reported_by = :by, reported_at = :now WHERE topic_id = :t").param("now", OffsetDateTime.now(clock))
                    .param("v", value).param("by", user.username()).param("t", topicId).update();
        } else {
            throw new TopicRejected("未知的整改记录");
        }
        audit.record("TOPIC_RECTIFY", t.title(), t.divisionPath(), ("plan".equals(field) ? "整改方案：" : "整改结果：") + value);
    }

    /** The street confirms the rectification's result. */
    @Transactional
    public void confirm(long topicId, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.STREET_STAFF) {
            throw new TopicRejected("整改结果由街道工作人员确认");
        }
        Rectification r = rectification(topicId);
        if (r == null || !r.open() || r.result() == null) {
            throw new TopicRejected("居（村）委会填写整改结果后才能确认");
        }
        jdbc.sql("UPDATE topic_rectification SET confirmed_by = :by, confirmed_at = :now WHERE topic_id = :t AND confirmed_by IS NULL").param("now", OffsetDateTime.now(clock))
                .param("by", user.username()).param("t", topicId).update();
        audit.record("TOPIC_RECTIFY", t.title(), t.divisionPath(), "街道确认整改结果");
    }

    /**
     * The street sends the reported result back with a reason the committee sees; the committee
     * then records a new plan or result, and the street confirms or sends it back again.
     */
    @Transactional
    public void sendBack(long topicId, String reason, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.STREET_STAFF) {
            throw new TopicRejected("整改结果由街道工作人员确认或退回");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < 2 || text.length() > 500) {
            throw new TopicRejected("请写明退回的原因（2 到 500 个字），居（村）委会会看到");
        }
        int updated = jdbc.sql("""
                        UPDATE topic_rectification SET returned_reason = :r, returned_result = result, returned_by = :by,
                               returned_at = :now, result = NULL, reported_by = NULL, reported_at = NULL
                        WHERE topic_id = :t AND confirmed_by IS NULL AND result IS NOT NULL""").param("now", OffsetDateTime.now(clock))
                .param("r", text).param("by", user.username()).param("t", topicId).update();
        if (updated == 0) {
            throw new TopicRejected("居（村）委会填写整改结果后才能退回");
        }
        audit.record("TOPIC_RECTIFY", t.title(), t.divisionPath(), "街道退回整改结果：" + text);
    }

    /** Opens (or, after a confirmed one, reopens) the topic's rectification. */
    private void flag(Topic t, String cause, String reason, String by) {
        int changed = jdbc.sql("""
                        INSERT INTO topic_rectification (topic_id, division_path, cause, reason, flagged_by)
                        VALUES (:t, :p, :c, :r, :by)
                        ON CONFLICT (topic_id) DO UPDATE SET cause = :c, reason = :r, flagged_by = :by, flagged_at = :now,
                            plan = NULL, planned_by = NULL, planned_at = NULL, result = NULL, reported_by = NULL, reported_at = NULL,
                            confirmed_by = NULL, confirmed_at = NULL, returned_reason = NULL, returned_result = NULL,
                            returned_by = NULL, returned_at = NULL
                        WHERE topic_rectification.confirmed_by IS NOT NULL AND :c = 'STREET'""").param("now", OffsetDateTime.now(clock))
                .param("t", t.id()).param("p", t.divisionPath()).param("c", cause).param("r", reason).param("by", by).update();
        if (changed > 0) {
            audit.record("TOPIC_RECTIFY", t.title(), t.divisionPath(), "需整改：" + reason);
        }
    }
}
