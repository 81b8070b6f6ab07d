package org.linli.deliberation.topics;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Topics proposed by residents online or entered by staff, and revised after being returned. */
@Service
public class Proposals {

    private final TopicStore store;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    Proposals(TopicStore store, Topics topics, AuditLog audit, Clock clock) {
        this.store = store;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes a topic to the user's committee; returns its id. */
    @Transactional
    public long propose(ProposeTopic topic, CurrentUser user) {
        boolean resident = user.role() == Role.RESIDENT;
        Source source = resident ? Source.ONLINE : topic.source() == null ? Source.STAFF : topic.source();
        String proposer = resident || topic.proposer().isEmpty() ? user.username() : topic.proposer();
        Division committee = topics.committeeOf(user);
        long id = store.insert(committee, topic.title(), topic.body(), source, proposer, resident ? user.accountId() : null,
                OffsetDateTime.now(clock));
        audit.record("TOPIC_PROPOSE", topic.title(), committee.path(), source.label());
        return id;
    }

    /** A returned topic, revised by its proposer (or a worker), goes back to pre-review. */
    @Transactional
    public void revise(long id, ReviseTopic revision, CurrentUser user) {
        Topic t = topics.get(id, user);
        boolean own = t.proposerAccountId() != null && t.proposerAccountId() == user.accountId();
        if (t.status() != TopicStatus.RETURNED || !(own || user.role() == Role.COMMUNITY_WORKER)) {
            throw Refusal.of("deliberation.topic.revise.not-returned");
        }
        store.revise(id, revision.title(), revision.body());
        audit.record("TOPIC_PROPOSE", revision.title(), t.divisionPath(), "修改后重新提交");
    }
}
