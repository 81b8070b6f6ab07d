package org.linli.deliberation.hall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.deliberation.Bindings;
import org.linli.deliberation.Implementation;
import org.linli.deliberation.Person;
import org.linli.deliberation.Task;
import org.linli.deliberation.TaskStatus;
import org.linli.deliberation.followup.Evaluations;
import org.linli.deliberation.followup.Rectifications;
import org.linli.deliberation.followup.Summary;
import org.linli.deliberation.meetings.Assemblies;
import org.linli.deliberation.meetings.Assembly;
import org.linli.deliberation.meetings.Ballots;
import org.linli.deliberation.meetings.MeetingKind;
import org.linli.deliberation.topics.Procedure;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.Topics;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;

/**
 * The residents' view of the deliberation hall (part 8 of the deliberation work): topics open in
 * their committee and how to take part, what was decided and what became of it, and their own
 * proposals. Topics belong to a committee, so "near" a resident means their own committee.
 */
@Service
public class Hall {

    /**
     * The next meeting on a topic: one convened on a roll (with its place, and for a resident
     * whether and how they may vote online in it), or one recorded with the typed form.
     */
    public record NextMeeting(LocalDate heldOn, String kind, String place, boolean voting, boolean mayVoteOnline, boolean needsBinding,
                              String online) {

        /** Convened on a roll (sign-in and online ballots), not only recorded. */
        public boolean convened() {
            return place != null;
        }
    }

    /** One topic as a card: where it stands, and for decided ones the resolution and its outcome. */
    public record Card(Topic topic, String openStage, int step, int steps, NextMeeting nextMeeting, String resolution,
                       String result, List<Task> tasks, Summary summary, String rectification, boolean mayEvaluate) {

        public long tasksDone() {
            return tasks.stream().filter(k -> k.status() == TaskStatus.DONE).count();
        }

        public boolean decided() {
            return resolution != null;
        }
    }

    /** A page of the hall: its cards split into open and decided, the resident's own proposals, and where the page is. */
    public record View(String committee, List<Card> open, List<Card> decided, List<Topic> mine, int page, int pages) {
    }

    /** Cards per page: the hall's queries are the same few whatever the page holds. */
    static final int PAGE = 20;

    private final HallStore store;
    private final Topics topics;
    private final Implementation implementation;
    private final Evaluations evaluations;
    private final Rectifications rectifications;
    private final Assemblies assemblies;
    private final Ballots ballots;
    private final Bindings bindings;
    private final Clock clock;

    Hall(HallStore store, Topics topics, Implementation implementation, Evaluations evaluations, Rectifications rectifications,
         Assemblies assemblies, Ballots ballots, Bindings bindings, Clock clock) {
        this.store = store;
        this.topics = topics;
        this.implementation = implementation;
        this.evaluations = evaluations;
        this.rectifications = rectifications;
        this.assemblies = assemblies;
        this.ballots = ballots;
        this.bindings = bindings;
        this.clock = clock;
    }

    /**
     * One page of the hall, newest topics first. Every card's parts are read for the whole page at
     * once (stages, tasks, meetings, evaluations, rectification), never once per card.
     */
    public View of(CurrentUser user, int page) {
        Topics.HallPage shown = topics.hall(user, page, PAGE);
        List<Topic> visible = shown.topics().stream().filter(t -> t.procedure() != null).toList();
        List<Long> ids = visible.stream().map(Topic::id).toList();
        Map<Long, Map<Integer, String>> records = topics.stageRecords(ids);
        Map<Long, List<Task>> tasks = implementation.of(ids);
        Map<Long, NextMeeting> meetings = nextMeetings(ids, user);
        Map<Long, Summary> summaries = ids.isEmpty() ? Map.of() : evaluations.summaries(ids);
        Map<Long, String> states = ids.isEmpty() ? Map.of() : rectifications.states(ids);
        Set<Long> evaluable = evaluations.mayEvaluate(visible, user);
        List<Card> cards = visible.stream()
                .map(t -> card(t, records.getOrDefault(t.id(), Map.of()), tasks.getOrDefault(t.id(), List.of()), meetings.get(t.id()),
                        summaries.getOrDefault(t.id(), Summary.NONE), states.get(t.id()), evaluable.contains(t.id())))
                .toList();
        List<Topic> mine = user.role() == Role.RESIDENT ? topics.proposedBy(user, shown.committee()) : List.of();
        int pages = (int) Math.max(1, (shown.total() + PAGE - 1) / PAGE);
        return new View(shown.committee().name(), cards.stream().filter(c -> !c.decided()).toList(),
                cards.stream().filter(Card::decided).toList(), mine, Math.max(0, page), pages);
    }

    private Card card(Topic t, Map<Integer, String> records, List<Task> tasks, NextMeeting meeting, Summary summary,
                      String rectification, boolean mayEvaluate) {
        List<Procedure.Stage> stages = t.procedure().stages();
        String resolution = null;
        String result = null;
        boolean resolved = false;
        for (int i = 0; i < stages.size() && i < t.stage(); i++) {
            Procedure.Requirement r = stages.get(i).requirement();
            if (r == Procedure.Requirement.RESOLUTION) {
                resolved = true;
                resolution = records.get(i);
            } else if (r == Procedure.Requirement.DISCLOSURE && resolved) {
                // The first published text after the vote is the resolution as announced; the last is the result.
                if (i == stages.size() - 1) {
                    result = records.get(i);
                } else {
                    resolution = records.getOrDefault(i, resolution);
                }
            }
        }
        Procedure.Stage open = t.openStage();
        return new Card(t, open == null ? null : open.name(), Math.min(t.stage() + 1, stages.size()), stages.size(), meeting,
                resolved ? (resolution == null ? "已表决通过" : resolution) : null, result, tasks, summary, rectification,
                mayEvaluate);
    }

    /**
     * Each topic's next meeting: the earliest from today on among the meetings convened on a roll
     * and not yet closed or cancelled (one whose vote is open counts whatever its date) and those
     * recorded with the typed form; a convened one wins a tie, since residents can take part in it.
     */
    private Map<Long, NextMeeting> nextMeetings(Collection<Long> ids, CurrentUser user) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, NextMeeting> next = new HashMap<>();
        store.recorded(ids, today).forEach(r -> next.put(r.topicId(),
                new NextMeeting(r.heldOn(), MeetingKind.valueOf(r.kind()).label(), null, false, false, false, null)));
        Long residentId = user.role() == Role.RESIDENT
                ? bindings.of(user.accountId()).filter(b -> !b.lapsed()).map(Bindings.Bound::residentId).orElse(null) : null;
        // Several topics of a page usually share a meeting: it is read once.
        Map<Long, Assembly> read = new HashMap<>();
        Map<Long, Optional<String>> whyNots = new HashMap<>();
        for (HallStore.Convened c : store.convened(ids, today)) {
            Assembly a = read.computeIfAbsent(c.assemblyId(), id -> assemblies.get(id, user));
            NextMeeting recorded = next.get(c.topicId());
            if (recorded == null || !recorded.heldOn().isBefore(a.heldOn()) || a.status() == Assembly.Status.VOTING) {
                String whyNot = residentId == null || user.role() != Role.RESIDENT ? null
                        : whyNots.computeIfAbsent(a.id(), id -> Optional.ofNullable(ballots.whyNot(a, residentId))).orElse(null);
                next.put(c.topicId(), convened(a, c.topicId(), residentId, whyNot, user));
            }
        }
        return next;
    }

    /** A convened meeting as the card tells it, with whether the signed-in resident may vote online in it. */
    private NextMeeting convened(Assembly a, long topicId, Long residentId, String whyNot, CurrentUser user) {
        boolean voting = a.status() == Assembly.Status.VOTING;
        boolean may = false;
        String online;
        if (user.role() != Role.RESIDENT) {
            online = null;
        } else if (residentId == null) {
            online = "完成实名认证后，可在线上议事厅投票";
        } else {
            Ballots.MyBallot mine = whyNot == null ? ballots.myBallot(a, residentId, topicId).orElse(null) : null;
            if (whyNot != null) {
                online = whyNot;
            } else if (mine != null && "IN_PERSON".equals(mine.channel())) {
                online = (a.perHousehold() ? "您家已由" + Person.mask(mine.byName()) : "您已") + "在会场签到，请在会场表决";
            } else if (mine != null && mine.choice() != null) {
                online = (a.perHousehold() ? "您家" : "您") + "已在线投票：" + mine.choiceLabel();
            } else {
                may = true;
                online = voting ? "正在表决：您可以在议题页线上投票" : "您在本次会议名册上，开始表决后可在议题页线上投票";
            }
        }
        return new NextMeeting(a.heldOn(), a.kind().label(), a.place(), voting, may, user.role() == Role.RESIDENT && residentId == null,
                online);
    }
}
