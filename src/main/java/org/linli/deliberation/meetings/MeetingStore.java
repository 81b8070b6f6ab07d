package org.linli.deliberation.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of minuted meetings: attendance with the quorum verdict, each topic the meeting was
 * held for (also without quorum), and the vote on it. Typed meetings and meetings on a roll
 * both end here, which is what the procedure reads.
 */
@Component
class MeetingStore {

    /** A meeting's attendance as minuted. */
    record Attendance(long committeeId, String divisionPath, MeetingKind kind, LocalDate heldOn, String chair, String recorder,
                      long entitled, long present, long households, long householdsRepresented) {
    }

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Attendance a, Quorum.Verdict quorum, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO meeting (committee_id, division_path, kind, held_on, chair, recorder, entitled, present,
                                             households, households_represented, quorum_met, quorum_reason, created_by, created_at)
                        VALUES (:c, :p, :k, :h, :chair, :rec, :e, :pr, :hh, :hr, :q, :qr, :by, :now) RETURNING id""")
                .param("c", a.committeeId()).param("p", a.divisionPath()).param("k", a.kind().name()).param("h", a.heldOn())
                .param("chair", a.chair()).param("rec", a.recorder()).param("e", a.entitled()).param("pr", a.present())
                .param("hh", a.households()).param("hr", a.householdsRepresented()).param("q", quorum.met())
                .param("qr", quorum.reason()).param("by", by).param("now", now).query(Long.class).single();
    }

    void attempt(long meetingId, long topicId) {
        jdbc.sql("INSERT INTO meeting_attempt (meeting_id, topic_id) VALUES (:m, :t)").param("m", meetingId).param("t", topicId)
                .update();
    }

    void vote(long meetingId, long topicId, long votesFor, long against, long abstaining, Quorum.Verdict vote) {
        String reason = vote.reason().length() > 200 ? vote.reason().substring(0, 200) : vote.reason();
        jdbc.sql("""
                        INSERT INTO meeting_vote (meeting_id, topic_id, votes_for, votes_against, abstaining, passed, reason)
                        VALUES (:m, :t, :f, :a, :ab, :p, :r)""")
                .param("m", meetingId).param("t", topicId).param("f", votesFor).param("a", against).param("ab", abstaining)
                .param("p", vote.met()).param("r", reason).update();
    }

    List<Meetings.Vote> votes(long topicId) {
        return jdbc.sql("""
                        SELECT m.id AS meeting_id, m.kind, m.held_on, m.chair, m.recorder, m.entitled, m.present, m.quorum_met,
                               m.quorum_reason, v.votes_for, v.votes_against, v.abstaining, v.passed, v.reason
                        FROM meeting m JOIN meeting_vote v ON v.meeting_id = m.id WHERE v.topic_id = :t
                        UNION ALL
                        SELECT m.id, m.kind, m.held_on, m.chair, m.recorder, m.entitled, m.present, m.quorum_met, m.quorum_reason,
                               NULL, NULL, NULL, NULL, NULL
                        FROM meeting m WHERE NOT m.quorum_met AND m.id IN (SELECT meeting_id FROM meeting_attempt WHERE topic_id = :t)
                        ORDER BY 1""")
                .param("t", topicId).query(Meetings.Vote.class).list();
    }

    boolean passed(long topicId) {
        return jdbc.sql("SELECT count(*) > 0 FROM meeting_vote WHERE topic_id = :t AND passed").param("t", topicId)
                .query(Boolean.class).single();
    }

    Quorum.Verdict quorum(long meetingId) {
        return jdbc.sql("SELECT quorum_met AS met, quorum_reason AS reason FROM meeting WHERE id = :m").param("m", meetingId)
                .query(Quorum.Verdict.class).single();
    }
}
