package org.linli.deliberation.meetings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.deliberation.ResolutionPassed;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a meeting with the hall's count per item. Attendance is what the roll and the ballots
 * say; each item's tally is the hall's count plus the online ballots and can never exceed those
 * present. Without quorum the minutes record no decision. The minutes are a {@code meeting} with
 * its votes, which the topic's procedure reads like any other resolution.
 */
@Service
public class Closing {

    private final Assemblies assemblies;
    private final AssemblyStore store;
    private final MeetingStore meetings;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Closing(Assemblies assemblies, AssemblyStore store, MeetingStore meetings, ApplicationEventPublisher events, AuditLog audit,
            Clock clock) {
        this.assemblies = assemblies;
        this.store = store;
        this.meetings = meetings;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Quorum.Verdict close(long id, CloseMeeting hall, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.close.worker-only");
        }
        assemblies.get(id, user);
        // Taken exclusively: a sign-in or ballot in flight finishes first or sees the meeting closed.
        Assembly a = store.lock(id, true);
        if (!a.open()) {
            throw Refusal.of("deliberation.close.not-open", a.status().label());
        }
        Assemblies.Attendance att = store.attendance(a);
        List<Assemblies.Item> items = store.items(id);
        items.forEach(item -> check(a, att, item, hall.of(item.topicId())));
        Quorum.Verdict quorum = Assemblies.quorum(a.kind(), a.basis(), att.entitled(), att.present());
        long households = a.perHousehold() ? att.entitled() : 0;
        long represented = a.perHousehold() ? att.present() : 0;
        long meetingId = meetings.insert(new MeetingStore.Attendance(a.committeeId(), a.divisionPath(), a.kind(), a.heldOn(),
                a.chair(), a.recorder(), att.entitled(), att.present(), households, represented), quorum, user.username(),
                OffsetDateTime.now(clock));
        List<String> outcomes = new ArrayList<>();
        for (Assemblies.Item item : items) {
            CloseMeeting.Count count = hall.of(item.topicId());
            meetings.attempt(meetingId, item.topicId());
            store.hallCount(id, item.topicId(), count);
            if (quorum.met()) {
                outcomes.add(item.title() + "：" + (vote(a, att, meetingId, item, count) ? "通过" : "未通过"));
            }
        }
        store.close(id, meetingId);
        audit.record("MEETING", a.title(), a.divisionPath(), quorum.reason() + (outcomes.isEmpty() ? "" : "；" + String.join("；", outcomes)));
        return quorum;
    }

    /** The hall can count only whole numbers, and no more than those signed in there. */
    private static void check(Assembly a, Assemblies.Attendance att, Assemblies.Item item, CloseMeeting.Count count) {
        if (count.total() > att.inPerson()) {
            throw Refusal.of("deliberation.close.too-many", item.title(), String.valueOf(count.total()),
                    String.valueOf(att.inPerson()), a.basis().unit());
        }
    }

    /** Records the item's vote (hall and online together); a passed vote is a resolution to post at once. */
    private boolean vote(Assembly a, Assemblies.Attendance att, long meetingId, Assemblies.Item item, CloseMeeting.Count count) {
        long votesFor = count.votesFor() + item.onlineFor();
        long against = count.against() + item.onlineAgainst();
        long abstaining = count.abstaining() + item.onlineAbstain();
        Quorum.Verdict vote = Quorum.passes(att.present(), votesFor, against, abstaining);
        String reason = vote.reason() + (item.online() > 0 ? "（含线上 " + item.online() + " 票）" : "");
        meetings.vote(meetingId, item.topicId(), votesFor, against, abstaining, new Quorum.Verdict(vote.met(), reason));
        if (vote.met()) {
            events.publishEvent(new ResolutionPassed(item.topicId(), a.committeeId(), a.divisionPath(), item.title(), a.heldOn()));
        }
        return vote.met();
    }
}
