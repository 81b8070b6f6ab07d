package org.linli.deliberation.topics;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.casework.Categories;
import org.linli.casework.CaseRequested;
import org.linli.casework.Category;
import org.linli.deliberation.matters.Matter;
import org.linli.deliberation.matters.Matters;
import org.linli.division.Kind;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-review by the committee (议事预审): admit (under an entry of the catalogue of matters, whose
 * procedure then applies, or by the committee's kind), return for revision, merge into another
 * topic, refer to the case loop, or decline — each but admission with a reason the proposer sees.
 * A referral asks the case loop for a case by an event; the case loop's answer names the case.
 */
@Service
public class PreReview {

    /** The key of the case-loop request a referred topic makes, followed by the topic's id. */
    public static final String REFERRAL = "topic-referral-";

    private final Topics topics;
    private final TopicStore store;
    private final Matters matters;
    private final Categories categories;
    private final Committees committees;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PreReview(Topics topics, TopicStore store, Matters matters, Categories categories, Committees committees,
              ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.topics = topics;
        this.store = store;
        this.matters = matters;
        this.categories = categories;
        this.committees = committees;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void review(long id, ReviewTopic review, CurrentUser user) {
        Topic t = topics.get(id, user);
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.review.worker-only");
        }
        if (t.status() != TopicStatus.PROPOSED) {
            throw Refusal.of("deliberation.review.done", t.status().label());
        }
        TopicStatus outcome = review.outcome();
        if (outcome == null || outcome == TopicStatus.PROPOSED || outcome == TopicStatus.COMPLETED) {
            throw Refusal.ofField("outcome", "deliberation.review.outcome");
        }
        if (outcome.needsReason() && review.reason().length() < 2) {
            throw Refusal.ofField("reason", "deliberation.review.reason.required", outcome.label());
        }
        TopicStore.Review written = switch (outcome) {
            case ADMITTED -> admit(t, review);
            case DECLINED -> decline(t, review);
            case MERGED -> new TopicStore.Review(outcome, review.reason(), mergeTarget(t, review, user), null, null);
            default -> new TopicStore.Review(outcome, review.reason(), null, null, null);
        };
        Category category = outcome == TopicStatus.REFERRED ? category(review) : null;
        if (!store.review(t, written, user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("deliberation.topic.stale");
        }
        audit.record("TOPIC_REVIEW", t.title(), t.divisionPath(), outcome.label() + (review.reason().isEmpty() ? "" : "：" + review.reason()));
        if (category != null) {
            events.publishEvent(new CaseRequested(REFERRAL + t.id(), t.committeeId(), category.code(), t.title(), t.body(),
                    t.proposer(), user.username()));
        }
    }

    /** Admission names the procedure: the catalogue entry's, or the one of the committee's kind. */
    private TopicStore.Review admit(Topic t, ReviewTopic review) {
        Matter entry = review.matter() == null ? null : entry(t, review.matter());
        Procedure procedure = entry != null ? entry.procedure()
                : committees.get(t.committeeId()).kind() == Kind.VILLAGERS_COMMITTEE ? Procedure.VILLAGE : Procedure.URBAN;
        return new TopicStore.Review(TopicStatus.ADMITTED, review.reason(), null, procedure, entry == null ? null : entry.id());
    }

    /** A matter the catalogue says must be deliberated is not declined (it can be returned, merged or referred). */
    private TopicStore.Review decline(Topic t, ReviewTopic review) {
        Matter entry = review.matter() == null ? null : entry(t, review.matter());
        if (entry != null && entry.mandatory()) {
            throw Refusal.ofField("matter", "deliberation.review.mandatory", entry.name());
        }
        return new TopicStore.Review(TopicStatus.DECLINED, review.reason(), null, null, null);
    }

    private Matter entry(Topic t, long matterId) {
        return matters.activeEntry(t.committeeId(), matterId)
                .orElseThrow(() -> Refusal.ofField("matter", "deliberation.review.matter"));
    }

    /** Another topic of the same committee, waiting for pre-review or under deliberation. */
    private Long mergeTarget(Topic t, ReviewTopic review, CurrentUser user) {
        Long into = review.mergeInto();
        boolean eligible = into != null && topics.list(user, null).stream()
                .anyMatch(o -> o.id() == into && o.id() != t.id() && o.committeeId() == t.committeeId()
                        && (o.status() == TopicStatus.ADMITTED || o.status() == TopicStatus.PROPOSED));
        if (!eligible) {
            throw Refusal.ofField("mergeInto", "deliberation.review.merge-target");
        }
        return into;
    }

    /** The case category is checked now, so that the case loop is never asked for one it does not have. */
    private Category category(ReviewTopic review) {
        return categories.find(review.category()).filter(Category::active)
                .orElseThrow(() -> Refusal.ofField("category", "deliberation.review.category", review.category()));
    }
}
