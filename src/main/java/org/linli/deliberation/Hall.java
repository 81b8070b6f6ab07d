package org.linli.deliberation;

import java.time.LocalDate;
import java.util.Collection;
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

    /** One topic as a card: where it stands, and for decided ones the resolution and its outcome. */
    public record Card(Topic topic, String openStage, int step, int steps, LocalDate nextMeeting, String resolution,
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

    Hall(JdbcClient jdbc, Topics topics, Evaluations evaluations) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.evaluations = evaluations;
    }

    public View of(CurrentUser user) {
        List<Topic> visible = topics.list(user, null);
        List<Long> ids = visible.stream().filter(t -> t.procedure() != null).map(Topic::id).toList();
        Map<Long, Map<Integer, String>> records = stageRecords(ids);
        Map<Long, List<Task>> tasks = tasks(ids);
        Map<Long, LocalDate> meetings = nextMeetings(ids);
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

    private Card card(Topic t, Map<Integer, String> records, List<Task> tasks, LocalDate meeting, Evaluations.Summary summary,
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

    /** The earliest meeting on record for each topic from today on. */
    private Map<Long, LocalDate> nextMeetings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT a.topic_id, min(m.held_on) AS held_on FROM meeting_attempt a JOIN meeting m ON m.id = a.meeting_id
                        WHERE a.topic_id IN (:ids) AND m.held_on >= :today GROUP BY a.topic_id""")
                .param("ids", ids).param("today", LocalDate.now(Times.CHINA))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
