package org.linli.deliberation.topics;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;

/**
 * Reading topics within what a user may see: staff by their scope; a resident their committee's
 * admitted and completed topics and their own proposals; the owner of an implementation task the
 * topic of the task, even from a grid below the committee. Anything else is not found.
 */
@Service
public class Topics {

    /** A closed stage of the procedure and its record. */
    public record StageRecord(int stage, String name, String record, String closedBy, OffsetDateTime closedAt) {

        public LocalDateTime localClosedAt() {
            return Times.local(closedAt);
        }
    }

    private final TopicStore store;
    private final Committees committees;

    Topics(TopicStore store, Committees committees) {
        this.store = store;
        this.committees = committees;
    }

    /** The committee a user proposes to: their own, or the one above their grid. */
    public Division committeeOf(CurrentUser user) {
        return committees.of(user);
    }

    /** One page of the residents' hall: the committee's admitted and completed topics, and how many there are. */
    public record HallPage(Division committee, List<Topic> topics, long total) {
    }

    /** A page of the hall of the user's committee, newest first, counted and cut in SQL. */
    public HallPage hall(CurrentUser user, int page, int size) {
        Division committee = committeeOf(user);
        List<Topic> topics = store.inHall(committee.id(), (long) Math.max(0, page) * size, size).stream()
                .map(t -> t.named(committee.name())).toList();
        return new HallPage(committee, topics, store.inHallCount(committee.id()));
    }

    /** The resident's own proposals to their committee, whatever became of them, newest first. */
    public List<Topic> proposedBy(CurrentUser user, Division committee) {
        return store.proposedBy(committee.id(), user.accountId(), 50).stream().map(t -> t.named(committee.name())).toList();
    }

    /** Topics a user may see, newest first (for staff, those waiting for pre-review first); at most 200. */
    public List<Topic> list(CurrentUser user, TopicStatus status) {
        List<Topic> topics = user.role() == Role.RESIDENT
                ? store.ofCommittee(committeeOf(user).id(), user.accountId())
                : store.within(user.scope().prefix(), status);
        Map<String, String> names = committees.names(topics.stream().map(Topic::divisionPath).toList());
        return topics.stream().map(t -> t.named(names.get(t.divisionPath()))).toList();
    }

    /** The committee's topics a meeting may still pass, for another module's choice (newest first, at most 100). */
    public List<Topic> undecided(long committeeId) {
        return store.undecided(committeeId, 100);
    }

    public Topic get(long id, CurrentUser user) {
        Topic t = store.find(id).orElseThrow(() -> new NotFoundException("topic " + id));
        if (!visible(t, user) && !store.ownsTask(id, user.accountId())) {
            throw new NotFoundException("topic " + id);
        }
        return t.named(committees.get(t.committeeId()).name());
    }

    private boolean visible(Topic t, CurrentUser user) {
        if (user.role() != Role.RESIDENT) {
            return new DataScope(user.scope().path()).covers(t.divisionPath());
        }
        boolean own = t.proposerAccountId() != null && t.proposerAccountId() == user.accountId();
        return t.committeeId() == committeeOf(user).id()
                && (own || t.status() == TopicStatus.ADMITTED || t.status() == TopicStatus.COMPLETED);
    }

    public List<StageRecord> stages(long topicId) {
        return store.stages(topicId);
    }

    /** The records of the closed stages of several topics (topic → stage → record), for the residents' hall. */
    public Map<Long, Map<Integer, String>> stageRecords(Collection<Long> topicIds) {
        return topicIds.isEmpty() ? Map.of() : store.stageRecords(topicIds);
    }
}
