package org.linli.deliberation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
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
                       String result, List<Task> tasks, Evaluations.Summary summary, String rectification, boolean mayEvaluate) {

        public long tasksDone() {
            return tasks.stream().filter(k -> k.status() == TaskStatus.DONE).count();
        }

        public boolean decided() {
            return resolution != null;
        }
    }

    public record View(String committee, List<Card> open, List<Card> decided, List<Topic> mine) {
    }

    private final JdbcClient jdbc;
    private final Topics topics;
    private final Evaluations evaluations;
    private final Assemblies assemblies;
    private final Bindings bindings;
    private final Clock clock;

    Hall(JdbcClient jdbc, Topics topics, Evaluations evaluations, Assemblies assemblies, Bindings bindings, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.topics = topics;
        this.evaluations = evaluations;
        this.assemblies = assemblies;
        this.bindings = bindings;
    }

    public View of(CurrentUser user) {
        List<Topic> visible = topics.list(user, null);
        List<Long> ids = visible.stream().filter(t -> t.procedure() != null).map(Topic::id).toList();
        Map<Long, Map<Integer, String>> records = stageRecords(ids);
        Map<Long, List<Task>> tasks = tasks(ids);
        Map<Long, NextMeeting> meetings = nextMeetings(ids, user);
        Map<Long, Evaluations.Summary> summaries = evaluations.summaries(ids);
        Map<Long, String> rectifications = evaluations.rectificationStates(ids);
        List<Card> cards = visible.stream().filter(t -> t.procedure() != null
                        && (t.status() == TopicStatus.ADMITTED || t.status() == TopicStatus.COMPLETED))
                .map(t -> card(t, records.getOrDefault(t.id(), Map.of()), tasks.getOrDefault(t.id(), List.of()), meetings.get(t.id()),
                        summaries.getOrDefault(t.id(), new Evaluations.Summary(0, 0, 0)), rectifications.get(t.id()), user))
                .toList();
        List<Topic> mine = user.role() == Role.RESIDENT ? visible.stream()
                .filter(t -> t.proposerAccountId() != null && t.proposerAccountId() == user.accountId()).toList() : List.of();
        return new View(topics.committeeOf(user).name(), cards.stream().filter(c -> !c.decided()).toList(), cards.stream().filter(Card::decided).toList(), mine);
    }

    private Card card(Topic t, Map<Integer, String> records, List<Task> tasks, NextMeeting meeting, Evaluations.Summary summary,
                      String rectification, CurrentUser user) {
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
                evaluations.mayEvaluate(t, user));
    }

    private Map<Long, Map<Integer, String>> stageRecords(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT topic_id, stage, record FROM topic_stage WHERE topic_id IN (:ids) AND record IS NOT NULL")
                .param("ids", ids).query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)}).list().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.toMap(r -> (Integer) r[1], r -> (String) r[2])));
    }

    private Map<Long, List<Task>> tasks(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(TaskRecords.SELECT + "WHERE k.topic_id IN (:ids) ORDER BY k.due_on, k.id").param("ids", ids)
                .query(Task.class).list().stream().collect(Collectors.groupingBy(Task::topicId));
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
        jdbc.sql("""
                        SELECT a.topic_id, min(m.held_on) AS held_on, (array_agg(m.kind ORDER BY m.held_on, m.id))[1] AS kind
                        FROM meeting_attempt a JOIN meeting m ON m.id = a.meeting_id
                        WHERE a.topic_id IN (:ids) AND m.held_on >= :today GROUP BY a.topic_id""")
                .param("ids", ids).param("today", today)
                .query((rs, n) -> Map.entry(rs.getLong(1), new NextMeeting(rs.getObject(2, LocalDate.class),
                        MeetingKind.valueOf(rs.getString(3)).label(), null, false, false, false, null)))
                .list().forEach(e -> next.put(e.getKey(), e.getValue()));
        List<long[]> convened = jdbc.sql("""
                        SELECT DISTINCT ON (i.topic_id) i.topic_id, a.id FROM assembly_item i JOIN assembly a ON a.id = i.assembly_id
                        WHERE i.topic_id IN (:ids) AND (a.status = 'VOTING' OR (a.status = 'SIGN_IN' AND a.held_on >= :today))
                        ORDER BY i.topic_id, a.status <> 'VOTING', a.held_on, a.id""")
                .param("ids", ids).param("today", today).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        Long residentId = user.role() == Role.RESIDENT
                ? bindings.of(user.accountId()).map(Bindings.Bound::residentId).orElse(null) : null;
        for (long[] row : convened) {
            Assembly a = assemblies.get(row[1], user);
            NextMeeting recorded = next.get(row[0]);
            if (recorded == null || !recorded.heldOn().isBefore(a.heldOn()) || a.status() == Assembly.Status.VOTING) {
                next.put(row[0], convened(a, row[0], residentId, user));
            }
        }
        return next;
    }

    /** A convened meeting as the card tells it, with whether the signed-in resident may vote online in it. */
    private NextMeeting convened(Assembly a, long topicId, Long residentId, CurrentUser user) {
        boolean voting = a.status() == Assembly.Status.VOTING;
        boolean may = false;
        String online;
        if (user.role() != Role.RESIDENT) {
            online = null;
        } else if (residentId == null) {
            online = "完成实名认证后，可在线上议事厅投票";
        } else {
            String whyNot = assemblies.whyNot(a, residentId);
            Assemblies.MyBallot mine = whyNot == null ? assemblies.myBallot(a, residentId, topicId).orElse(null) : null;
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
        return new NextMeeting(a.heldOn(), a.kind().label(), a.place(), voting, may, user.role() == Role.RESIDENT && residentId == null, online);
    }
}
