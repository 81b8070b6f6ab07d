package org.linli.deliberation.followup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
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
 * Rectification (整改) of a completed topic judged poor by its evaluations or by the street: the
 * committee records a plan and a result, the street confirms it or sends it back with a reason
 * the committee sees, and the committee reports anew.
 */
@Service
public class Rectifications {

    private final RectificationStore store;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    Rectifications(RectificationStore store, Topics topics, AuditLog audit, Clock clock) {
        this.store = store;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    public Rectification of(long topicId) {
        return store.of(topicId).orElse(null);
    }

    /** Rectification states of the listed topics, for badges in lists. */
    public Map<Long, String> states(Collection<Long> topicIds) {
        return topicIds.isEmpty() ? Map.of() : store.of(topicIds).stream()
                .collect(Collectors.toMap(Rectification::topicId, Rectification::stateLabel));
    }

    /** The street judges a completed topic's decision or implementation poor. */
    @Transactional
    public void flagByStreet(long topicId, Reason reason, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.STREET_STAFF) {
            throw Refusal.of("deliberation.rectification.street-flags");
        }
        if (t.status() != TopicStatus.COMPLETED) {
            throw Refusal.of("deliberation.rectification.not-completed");
        }
        if (reason.reason().length() < 2 || reason.reason().length() > 500) {
            throw Refusal.ofField("reason", "deliberation.rectification.flag-reason");
        }
        Rectification current = of(topicId);
        if (current != null && current.open()) {
            throw Refusal.of("deliberation.rectification.open");
        }
        flag(t, "STREET", reason.reason(), user.username());
    }

    /** Opens (or, after a confirmed one, reopens) the topic's rectification. */
    void flag(Topic t, String cause, String reason, String by) {
        if (store.flag(t, cause, reason, by, OffsetDateTime.now(clock))) {
            audit.record("TOPIC_RECTIFY", t.title(), t.divisionPath(), "需整改：" + reason);
        }
    }

    /** The committee records its rectification plan ({@code plan}), then its result ({@code result}). */
    @Transactional
    public void report(long topicId, String step, RectificationText text, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.rectification.committee-reports");
        }
        Rectification r = of(topicId);
        if (r == null || !r.open()) {
            throw Refusal.of("deliberation.rectification.none");
        }
        boolean plan = "plan".equals(step);
        if (text.text().length() < 5 || text.text().length() > 1000) {
            throw Refusal.ofField("text", plan ? "deliberation.rectification.plan-size" : "deliberation.rectification.result-size");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (plan) {
            store.plan(topicId, text.text(), user.username(), now);
        } else {
            if (r.plan() == null) {
                throw Refusal.of("deliberation.rectification.plan-first");
            }
            store.result(topicId, text.text(), user.username(), now);
        }
        audit.record("TOPIC_RECTIFY", t.title(), t.divisionPath(), (plan ? "整改方案：" : "整改结果：") + text.text());
    }

    /** The street confirms the rectification's result. */
    @Transactional
    public void confirm(long topicId, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.STREET_STAFF) {
            throw Refusal.of("deliberation.rectification.street-confirms");
        }
        Rectification r = of(topicId);
        if (r == null || !r.open() || r.result() == null) {
            throw Refusal.of("deliberation.rectification.confirm-without-result");
        }
        store.confirm(topicId, user.username(), OffsetDateTime.now(clock));
        audit.record("TOPIC_RECTIFY", t.title(), t.divisionPath(), "街道确认整改结果");
    }

    /**
     * The street sends the reported result back with a reason the committee sees; the committee
     * then records a new plan or result, and the street confirms or sends it back again.
     */
    @Transactional
    public void sendBack(long topicId, Reason reason, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.STREET_STAFF) {
            throw Refusal.of("deliberation.rectification.street-returns");
        }
        if (reason.reason().length() < 2 || reason.reason().length() > 500) {
            throw Refusal.ofField("reason", "deliberation.rectification.return-reason");
        }
        if (!store.sendBack(topicId, reason.reason(), user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("deliberation.rectification.return-without-result");
        }
        audit.record("TOPIC_RECTIFY", t.title(), t.divisionPath(), "街道退回整改结果：" + reason.reason());
    }
}
