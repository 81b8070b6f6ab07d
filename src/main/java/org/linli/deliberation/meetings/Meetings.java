package org.linli.deliberation.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.deliberation.ResolutionPassed;
import org.linli.deliberation.matters.Matter;
import org.linli.deliberation.matters.Matters;
import org.linli.deliberation.topics.Committees;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.Topics;
import org.linli.division.Kind;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings recorded with typed counts that vote on a topic: attendance is checked against the
 * meeting kind's quorum before any vote is recorded, and the vote against the majority of those
 * present. A passed vote is a resolution the committee must post at once ({@link ResolutionPassed}).
 */
@Service
public class Meetings {

    /** A minuted meeting on a topic and its vote (none when it lacked quorum). */
    public record Vote(long meetingId, String kind, LocalDate heldOn, String chair, String recorder, int entitled, int present,
                       boolean quorumMet, String quorumReason, Integer votesFor, Integer votesAgainst, Integer abstaining,
                       Boolean passed, String reason) {

        public String kindLabel() {
            return MeetingKind.valueOf(kind).label();
        }
    }

    private final MeetingStore store;
    private final Topics topics;
    private final Matters matters;
    private final Committees committees;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Meetings(MeetingStore store, Topics topics, Matters matters, Committees committees, ApplicationEventPublisher events,
             AuditLog audit, Clock clock) {
        this.store = store;
        this.topics = topics;
        this.matters = matters;
        this.committees = committees;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Vote> of(long topicId) {
        return store.votes(topicId);
    }

    /** Whether a meeting with quorum passed the topic. */
    public boolean passed(long topicId) {
        return store.passed(topicId);
    }

    /**
     * The meetings the typed form may record for a topic: those its catalogue entry allows, or else
     * the committee's own meetings (residents' in a residents' committee, villagers' in a village),
     * the joint meeting of the two committees and, in towns, an estate's council.
     */
    public List<MeetingKind> offered(Topic t) {
        return offered(t, matters.ofTopic(t.id()).orElse(null));
    }

    private List<MeetingKind> offered(Topic t, Matter entry) {
        if (entry != null) {
            return entry.body().deciders();
        }
        Kind committee = committees.get(t.committeeId()).kind();
        List<MeetingKind> kinds = new ArrayList<>(Basis.kindsFor(committee));
        kinds.add(MeetingKind.JOINT_COMMITTEES_MEETING);
        if (committee != Kind.VILLAGERS_COMMITTEE) {
            kinds.add(MeetingKind.ESTATE_COUNCIL);
        }
        return kinds;
    }

    /**
     * Records a meeting on the topic's open resolution stage. Without quorum the meeting is kept
     * and the vote refused; with quorum the vote is recorded and passes or fails.
     */
    @Transactional(noRollbackFor = Refusal.class)
    public Quorum.Verdict hold(long topicId, RecordMeeting typed, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.meeting.worker-only");
        }
        if (!t.atResolution()) {
            throw Refusal.of("deliberation.meeting.not-at-resolution");
        }
        checkBody(t, typed.kind());
        Quorum.Verdict quorum = Quorum.check(typed.kind(), typed.entitled(), typed.present(), typed.households(),
                typed.householdsRepresented());
        long meetingId = store.insert(new MeetingStore.Attendance(t.committeeId(), t.divisionPath(), typed.kind(), typed.heldOn(),
                typed.chair(), typed.recorder(), typed.entitled(), typed.present(), typed.households(),
                typed.householdsRepresented()), quorum, user.username(), OffsetDateTime.now(clock));
        store.attempt(meetingId, topicId);
        audit.record("MEETING", t.title(), t.divisionPath(), typed.kind().label() + "：" + quorum.reason());
        if (!quorum.met()) {
            // The meeting stays on record; the page says why it decided nothing.
            throw Refusal.of("deliberation.meeting.no-quorum", quorum.reason());
        }
        if (typed.votesFor() == null) {
            throw Refusal.ofField("votesFor", "deliberation.meeting.votes");
        }
        Quorum.Verdict vote = Quorum.passes(typed.present(), typed.votesFor(), typed.votesAgainst(), typed.abstaining());
        store.vote(meetingId, topicId, typed.votesFor(), typed.votesAgainst(), typed.abstaining(), vote);
        audit.record("MEETING", t.title(), t.divisionPath(), vote.reason());
        if (vote.met()) {
            events.publishEvent(new ResolutionPassed(t.id(), t.committeeId(), t.divisionPath(), t.title(), typed.heldOn()));
        }
        return vote;
    }

    /**
     * A topic admitted under an entry of the catalogue is decided only by the body the entry names;
     * without one, by the committee's own kinds of meeting.
     */
    private void checkBody(Topic t, MeetingKind kind) {
        Matter entry = matters.ofTopic(t.id()).orElse(null);
        if (entry != null && !entry.decidableBy(kind)) {
            throw Refusal.ofField("kind", "deliberation.matter.wrong-body", entry.name(), entry.deciderLabels(), kind.label());
        }
        List<MeetingKind> allowed = offered(t, entry);
        if (!allowed.contains(kind)) {
            throw Refusal.ofField("kind", "deliberation.meeting.kind-not-held", t.committeeName(), kind.label(),
                    String.join("、", allowed.stream().map(MeetingKind::label).toList()));
        }
    }
}
