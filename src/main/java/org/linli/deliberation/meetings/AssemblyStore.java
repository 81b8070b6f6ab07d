package org.linli.deliberation.meetings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of meetings on a roll and their agendas. */
@Component
class AssemblyStore {

    private static final String SELECT = """
            SELECT a.id, a.committee_id, a.division_path, NULL AS committee_name, a.kind, a.basis, a.held_on, a.place, a.chair,
                   a.recorder, a.status, a.entitled, a.meeting_id, a.created_by, a.created_at, a.version, a.cancel_reason,
                   a.cancelled_by, a.urgent_reason, a.composition_override
            FROM assembly a
            """;

    private final JdbcClient jdbc;

    AssemblyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Assembly> find(long id) {
        return jdbc.sql(SELECT + "WHERE a.id = :id").param("id", id).query(Assembly.class).optional();
    }

    /**
     * The meeting, locked: shared while a sign-in or a ballot is written, exclusively while it is
     * closed or cancelled, so that nothing is counted into minutes already written.
     */
    Assembly lock(long id, boolean exclusive) {
        jdbc.sql("SELECT id FROM assembly WHERE id = :id FOR " + (exclusive ? "UPDATE" : "SHARE")).param("id", id)
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    List<Assembly> within(String scopePrefix) {
        return jdbc.sql(SELECT + "WHERE a.division_path LIKE :p || '%' ORDER BY a.held_on DESC, a.id DESC LIMIT 200")
                .param("p", scopePrefix).query(Assembly.class).list();
    }

    List<Assembly> forTopic(long topicId) {
        return jdbc.sql(SELECT + "WHERE a.id IN (SELECT assembly_id FROM assembly_item WHERE topic_id = :t) ORDER BY a.id")
                .param("t", topicId).query(Assembly.class).list();
    }

    /** Whether the topic is on the agenda of a meeting that has neither closed nor been cancelled. */
    boolean onOpenAgenda(long topicId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM assembly_item i JOIN assembly a ON a.id = i.assembly_id
                        WHERE i.topic_id = :t AND a.status NOT IN ('CLOSED', 'CANCELLED')""")
                .param("t", topicId).query(Boolean.class).single();
    }

    boolean onAgenda(long assemblyId, long topicId) {
        return jdbc.sql("SELECT count(*) > 0 FROM assembly_item WHERE assembly_id = :a AND topic_id = :t")
                .param("a", assemblyId).param("t", topicId).query(Boolean.class).single();
    }

    long insert(Division committee, ConveneMeeting m, String urgentReason, String compositionOverride, String by,
                OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO assembly (committee_id, division_path, kind, basis, held_on, place, chair, recorder, entitled,
                                              created_by, created_at, urgent_reason, composition_override)
                        VALUES (:c, :p, :k, :b, :h, :place, :chair, :rec, 0, :by, :now, :urgent, :composition) RETURNING id""")
                .param("c", committee.id()).param("p", committee.path()).param("k", m.kind().name()).param("b", m.basis().name())
                .param("h", m.heldOn()).param("place", m.place()).param("chair", m.chair()).param("rec", m.recorder())
                .param("by", by).param("now", now).param("urgent", urgentReason).param("composition", compositionOverride)
                .query(Long.class).single();
    }

    void agenda(long assemblyId, List<Long> topicIds) {
        for (int i = 0; i < topicIds.size(); i++) {
            jdbc.sql("INSERT INTO assembly_item (assembly_id, topic_id, position) VALUES (:a, :t, :i)")
                    .param("a", assemblyId).param("t", topicIds.get(i)).param("i", i + 1).update();
        }
    }

    /** Copies who is entitled into the meeting's roll; returns how many. */
    int roll(long assemblyId, List<Long> voters) {
        jdbc.sql("INSERT INTO assembly_roll (assembly_id, voter_id) SELECT :a, unnest(CAST(:v AS bigint[]))")
                .param("a", assemblyId).param("v", voters.toArray(Long[]::new)).update();
        jdbc.sql("UPDATE assembly SET entitled = :e WHERE id = :id").param("e", voters.size()).param("id", assemblyId).update();
        return voters.size();
    }

    boolean openVoting(long id) {
        return jdbc.sql("UPDATE assembly SET status = 'VOTING', version = version + 1 WHERE id = :id AND status = 'SIGN_IN'")
                .param("id", id).update() > 0;
    }

    void close(long id, long meetingId) {
        jdbc.sql("UPDATE assembly SET status = 'CLOSED', meeting_id = :m, version = version + 1 WHERE id = :id")
                .param("m", meetingId).param("id", id).update();
    }

    void cancel(long id, String reason, String by, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE assembly SET status = 'CANCELLED', cancel_reason = :r, cancelled_by = :by, cancelled_at = :now,
                               version = version + 1
                        WHERE id = :id""")
                .param("r", reason).param("by", by).param("now", now).param("id", id).update();
    }

    List<Assemblies.Item> items(long assemblyId) {
        return jdbc.sql("""
                        SELECT i.topic_id, t.title, i.position, i.hall_for, i.hall_against, i.hall_abstain,
                               count(c.voter_id) FILTER (WHERE c.choice = 'FOR') AS online_for,
                               count(c.voter_id) FILTER (WHERE c.choice = 'AGAINST') AS online_against,
                               count(c.voter_id) FILTER (WHERE c.choice = 'ABSTAIN') AS online_abstain,
                               v.passed, v.reason
                        FROM assembly_item i JOIN topic t ON t.id = i.topic_id JOIN assembly a ON a.id = i.assembly_id
                             LEFT JOIN ballot_choice c ON c.assembly_id = i.assembly_id AND c.topic_id = i.topic_id
                             LEFT JOIN meeting_vote v ON v.meeting_id = a.meeting_id AND v.topic_id = i.topic_id
                        WHERE i.assembly_id = :a
                        GROUP BY i.topic_id, t.title, i.position, i.hall_for, i.hall_against, i.hall_abstain, v.passed, v.reason
                        ORDER BY i.position""")
                .param("a", assemblyId).query(Assemblies.Item.class).list();
    }

    void hallCount(long assemblyId, long topicId, CloseMeeting.Count count) {
        jdbc.sql("UPDATE assembly_item SET hall_for = :f, hall_against = :ag, hall_abstain = :ab WHERE assembly_id = :a AND topic_id = :t")
                .param("f", count.votesFor()).param("ag", count.against()).param("ab", count.abstaining()).param("a", assemblyId)
                .param("t", topicId).update();
    }

    /** The random key of the meeting's QR sign-in link. */
    String checkInKey(long id) {
        return jdbc.sql("SELECT check_in_key FROM assembly WHERE id = :id").param("id", id).query(String.class).single();
    }

    Assemblies.Attendance attendance(Assembly a) {
        return jdbc.sql("""
                        SELECT :e AS entitled, count(*) AS present, count(*) FILTER (WHERE channel = 'IN_PERSON') AS in_person,
                               count(*) FILTER (WHERE channel = 'ONLINE') AS online
                        FROM ballot WHERE assembly_id = :a""")
                .param("e", a.entitled()).param("a", a.id()).query(Assemblies.Attendance.class).single();
    }
}
