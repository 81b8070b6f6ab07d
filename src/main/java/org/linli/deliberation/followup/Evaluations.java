package org.linli.deliberation.followup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.audit.AuditLog;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.TopicStatus;
import org.linli.deliberation.topics.Topics;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representatives evaluate a completed topic's decision and implementation (议事决策评价, [000 9]):
 * residents online, one per account; committee and street staff on behalf of named
 * representatives, one per name. Enough 不满意 among enough evaluations (the region's rules) flags
 * the topic for rectification ({@link Rectifications}).
 */
@Service
public class Evaluations {

    private final EvaluationStore store;
    private final Topics topics;
    private final Rectifications rectifications;
    private final EvaluationRules rules;
    private final Evaluators evaluators;
    private final AuditLog audit;
    private final Clock clock;

    Evaluations(EvaluationStore store, Topics topics, Rectifications rectifications, EvaluationRules rules,
                Evaluators evaluators, AuditLog audit, Clock clock) {
        this.evaluators = evaluators;
        this.store = store;
        this.topics = topics;
        this.rectifications = rectifications;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Evaluations of a topic the user may see (404 outside their scope). */
    public List<Evaluation> of(long topicId, CurrentUser user) {
        topics.get(topicId, user);
        return store.of(topicId);
    }

    public Summary summary(long topicId) {
        return summaries(List.of(topicId)).getOrDefault(topicId, Summary.NONE);
    }

    /** Summaries of several topics at once (the residents' hall). */
    public Map<Long, Summary> summaries(Collection<Long> topicIds) {
        return topicIds.isEmpty() ? Map.of() : store.summaries(topicIds);
    }

    /** Whether the evaluations so far flag a topic of this region for rectification (the rule book's thresholds today). */
    public boolean poor(Summary summary, String divisionPath) {
        return rules.poor(summary, divisionPath);
    }

    /** Whether the user may evaluate the topic now: online as a resident (once), or on behalf as staff. */
    public boolean mayEvaluate(Topic t, CurrentUser user) {
        if (t.status() != TopicStatus.COMPLETED) {
            return false;
        }
        if (user.role() == Role.RESIDENT) {
            return evaluators.verified(user) && !store.evaluated(t.id(), user.accountId());
        }
        return user.role() == Role.COMMUNITY_WORKER || user.role() == Role.STREET_STAFF;
    }

    /**
     * Which of these topics the user may evaluate now, asked in two queries whatever their number
     * (the residents' hall): the same rule as {@link #mayEvaluate(Topic, CurrentUser)}.
     */
    public Set<Long> mayEvaluate(Collection<Topic> shown, CurrentUser user) {
        List<Long> completed = shown.stream().filter(t -> t.status() == TopicStatus.COMPLETED).map(Topic::id).toList();
        if (completed.isEmpty()) {
            return Set.of();
        }
        if (user.role() == Role.RESIDENT) {
            if (!evaluators.verified(user)) {
                return Set.of();
            }
            Set<Long> done = store.evaluated(completed, user.accountId());
            return completed.stream().filter(id -> !done.contains(id)).collect(Collectors.toSet());
        }
        return user.role() == Role.COMMUNITY_WORKER || user.role() == Role.STREET_STAFF ? Set.copyOf(completed) : Set.of();
    }

    /** Whether a resident could evaluate once verified (实名认证): the page then says how. */
    public boolean needsVerification(CurrentUser user) {
        return user.role() == Role.RESIDENT && !evaluators.verified(user);
    }

    /**
     * Records an evaluation: a resident's own, online under their verified (实名) account, or
     * staff's on behalf of a representative chosen from the committee's roster. Each person counts
     * once, whichever way their evaluation came in; 不满意 needs a comment. Reaching the threshold
     * flags the topic for rectification.
     */
    @Transactional
    public void evaluate(long topicId, Evaluate e, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (t.status() != TopicStatus.COMPLETED) {
            throw Refusal.of("deliberation.evaluation.not-completed");
        }
        boolean online = user.role() == Role.RESIDENT;
        if (!online && user.role() != Role.COMMUNITY_WORKER && user.role() != Role.STREET_STAFF) {
            throw Refusal.of("deliberation.evaluation.who");
        }
        if (e.rating() == Rating.DISSATISFIED && e.comment().length() < 2) {
            throw Refusal.ofField("comment", "deliberation.evaluation.reason");
        }
        Evaluator who = online ? evaluators.online(user) : evaluators.onBehalf(t, e.representative());
        if (!store.insert(t, who, online ? user.accountId() : null, e, user.username(), OffsetDateTime.now(clock))) {
            throw online ? Refusal.of("deliberation.evaluation.again") : Refusal.of("deliberation.evaluation.again-for", who.name());
        }
        audit.record("TOPIC_EVALUATE", t.title(), t.divisionPath(), who.name() + "：" + e.rating().label() + (online ? "（在线）" : "（代录）"));
        Summary summary = summary(topicId);
        if (poor(summary, t.divisionPath())) {
            rectifications.flag(t, "EVALUATION", summary.text() + "，不满意达到" + rules.shareLabel(t.divisionPath()), "system");
        }
    }
}
