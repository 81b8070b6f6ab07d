package org.linli.deliberation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.deliberation.matters.Matter;
import org.linli.deliberation.matters.Matters;
import org.linli.division.Divisions;
import org.linli.division.Kind;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings that vote on a topic: attendance is checked against the meeting kind's quorum before
 * any vote is recorded, and the vote against the majority of those present.
 */
@Service
public class Meetings {

    public record Vote(long meetingId, String kind, LocalDate heldOn, String chair, String recorder, int entitled, int present,
                       boolean quorumMet, String quorumReason, Integer votesFor, Integer votesAgainst, Integer abstaining,
                       Boolean passed, String reason) {

        public String kindLabel() {
            return MeetingKind.valueOf(kind).label();
        }
    }

    private final JdbcClient jdbc;
    private final Topics topics;
    private final AuditLog audit;
    private final Matters matters;
    private final Divisions divisions;

    Meetings(JdbcClient jdbc, Topics topics, AuditLog audit, Matters matters, Divisions divisions) {
        this.divisions = divisions;
        this.jdbc = jdbc;
        this.topics = topics;
        this.audit = audit;
        this.matters = matters;
    }

    /** A whole number from the form; blank means {@code blank}, or is an error when that is null. */
    private static int number(Map<String, String> form, String field, Integer blank) {
        String text = form.get(field) == null ? "" : form.get(field).strip();
        if (text.isEmpty()) {
            if (blank == null) {
                throw new NumberFormatException(field);
            }
            return blank;
        }
        return Integer.parseInt(text);
    }

    public List<Vote> of(long topicId) {
        return jdbc.sql("""
                        SELECT m.id AS meeting_id, m.kind, m.held_on, m.chair, m.recorder, m.entitled, m.present, m.quorum_met,
                               m.quorum_reason, v.votes_for, v.votes_against, v.abstaining, v.passed, v.reason
                        FROM meeting m JOIN meeting_vote v ON v.meeting_id = m.id WHERE v.topic_id = :t
                        UNION ALL
                        SELECT m.id, m.kind, m.held_on, m.chair, m.recorder, m.entitled, m.present, m.quorum_met, m.quorum_reason,
                               NULL, NULL, NULL, NULL, NULL
                        FROM meeting m WHERE NOT m.quorum_met AND m.id IN (SELECT meeting_id FROM meeting_attempt WHERE topic_id = :t)
                        ORDER BY 1""")
                .param("t", topicId).query(Vote.class).list();
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
        Kind committee = divisions.findUnscoped(t.committeeId()).orElseThrow().kind();
        List<MeetingKind> kinds = new ArrayList<>(Basis.kindsFor(committee));
        kinds.add(MeetingKind.JOINT_COMMITTEES_MEETING);
        if (committee != Kind.VILLAGERS_COMMITTEE) {
            kinds.add(MeetingKind.ESTATE_COUNCIL);
        }
        return kinds;
    }

    /** Whether a meeting with quorum passed the topic. */
    public boolean passed(long topicId) {
        return jdbc.sql("SELECT count(*) FROM meeting_vote WHERE topic_id = :t AND passed").param("t", topicId)
                .query(Long.class).single() > 0;
    }

    /**
     * Records a meeting on the topic's open resolution stage. Without quorum the meeting is kept
     * and the vote refused; with quorum the vote is recorded and passes or fails.
     */
    @Transactional(noRollbackFor = TopicRejected.class)
    public Quorum.Verdict hold(long topicId, Map<String, String> form, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("会议记录由居（村）委会工作人员录入");
        }
        Procedure.Stage open = t.openStage();
        if (open == null || open.requirement() != Procedure.Requirement.RESOLUTION) {
            throw new TopicRejected("该议题当前不在表决阶段");
        }
        MeetingKind kind;
        LocalDate heldOn;
        int entitled;
        int present;
        int households;
        int represented;
        try {
            kind = MeetingKind.valueOf(form.getOrDefault("kind", ""));
            heldOn = LocalDate.parse(form.getOrDefault("heldOn", ""));
            entitled = number(form, "entitled", null);
            present = number(form, "present", null);
            households = number(form, "households", 0);
            represented = number(form, "householdsRepresented", 0);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new TopicRejected("请选择会议类型，填写会议日期（如 2026-11-20）、应到和实到人数（整数）");
        }
        // A topic admitted under an entry of the catalogue is decided only by the body the entry names;
        // without one, by the committee's own kinds of meeting.
        Matter entry = matters.ofTopic(topicId).orElse(null);
        String wrongBody = entry == null ? null : entry.refusal(kind);
        if (wrongBody != null) {
            throw new TopicRejected(wrongBody);
        }
        List<MeetingKind> allowed = offered(t, entry);
        if (!allowed.contains(kind)) {
            throw new TopicRejected(t.committeeName() + "不召开“" + kind.label() + "”，请选择："
                    + String.join("、", allowed.stream().map(MeetingKind::label).toList()));
        }
        String chair = form.getOrDefault("chair", "").strip();
        String recorder = form.getOrDefault("recorder", "").strip();
        if (chair.isEmpty() || recorder.isEmpty() || chair.length() > 50 || recorder.length() > 50) {
            throw new TopicRejected("请填写主持人和记录人");
        }
        Quorum.Verdict quorum;
        try {
            quorum = Quorum.check(kind, entitled, present, households, represented);
        } catch (IllegalArgumentException e) {
            throw new TopicRejected(e.getMessage());
        }
        long meetingId = jdbc.sql("""
                        INSERT INTO meeting (committee_id, division_path, kind, held_on, chair, recorder, entitled, present,
                                             households, households_represented, quorum_met, quorum_reason, created_by)
                        VALUES (:c, :p, :k, :h, :chair, :rec, :e, :pr, :hh, :hr, :q, :qr, :by) RETURNING id""")
                .param("c", t.committeeId()).param("p", t.divisionPath()).param("k", kind.name()).param("h", heldOn)
                .param("chair", chair).param("rec", recorder).param("e", entitled).param("pr", present).param("hh", households)
                .param("hr", represented).param("q", quorum.met()).param("qr", quorum.reason()).param("by", user.username())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO meeting_attempt (meeting_id, topic_id) VALUES (:m, :t)").param("m", meetingId).param("t", topicId).update();
        audit.record("MEETING", t.title(), t.divisionPath(), kind.label() + "：" + quorum.reason());
        if (!quorum.met()) {
            throw new TopicRejected(quorum.reason());
        }
        Quorum.Verdict vote;
        int votesFor;
        int against;
        int abstaining;
        try {
            votesFor = number(form, "votesFor", null);
            against = number(form, "votesAgainst", 0);
            abstaining = number(form, "abstaining", 0);
        } catch (NumberFormatException e) {
            throw new TopicRejected("请填写赞成、反对、弃权票数（整数）");
        }
        try {
            vote = Quorum.passes(present, votesFor, against, abstaining);
        } catch (IllegalArgumentException e) {
            throw new TopicRejected(e.getMessage());
        }
        jdbc.sql("""
                        INSERT INTO meeting_vote (meeting_id, topic_id, votes_for, votes_against, abstaining, passed, reason)
                        VALUES (:m, :t, :f, :a, :ab, :p, :r)""")
                .param("m", meetingId).param("t", topicId).param("f", votesFor).param("a", against)
                .param("ab", abstaining).param("p", vote.met())
                .param("r", vote.reason()).update();
        audit.record("MEETING", t.title(), t.divisionPath(), vote.reason());
        return vote;
    }
}
