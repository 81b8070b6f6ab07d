package org.linli.deliberation.meetings;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of a meeting's roll and of its ballots. Sign-ins and online ballots are rows of one
 * table keyed by meeting and voter (a resident, or a household where the rule counts
 * households): whichever channel a voter uses first is the only one that counts, because the
 * database refuses the second, also when two requests race.
 */
@Component
class BallotStore {

    /** A voter's row: how they are present, which resident stands for them, who recorded it. */
    record Ballot(long voterId, long residentId, String channel, String recordedBy) {
    }

    /** A resident's ballot and their choice on one item, for their own view. */
    record Mine(String channel, long residentId, String choice) {
    }

    private final JdbcClient jdbc;

    BallotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean onRoll(long assemblyId, long voter) {
        return jdbc.sql("SELECT count(*) > 0 FROM assembly_roll WHERE assembly_id = :a AND voter_id = :v")
                .param("a", assemblyId).param("v", voter).query(Boolean.class).single();
    }

    /** Those of the voters who are on the roll. */
    Set<Long> onRoll(long assemblyId, Collection<Long> voters) {
        return Set.copyOf(jdbc.sql("SELECT voter_id FROM assembly_roll WHERE assembly_id = :a AND voter_id = ANY(:v)")
                .param("a", assemblyId).param("v", voters.toArray(Long[]::new)).query(Long.class).list());
    }

    /** Every voter on the roll. */
    List<Long> roll(long assemblyId) {
        return jdbc.sql("SELECT voter_id FROM assembly_roll WHERE assembly_id = :a ORDER BY voter_id").param("a", assemblyId)
                .query(Long.class).list();
    }

    /** Voters on the roll with no ballot. */
    List<Long> absent(long assemblyId) {
        return jdbc.sql("""
                        SELECT ar.voter_id FROM assembly_roll ar
                        WHERE ar.assembly_id = :a
                          AND NOT EXISTS (SELECT 1 FROM ballot b WHERE b.assembly_id = ar.assembly_id AND b.voter_id = ar.voter_id)""")
                .param("a", assemblyId).query(Long.class).list();
    }

    boolean insert(long assemblyId, long voter, long residentId, String channel, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO ballot (assembly_id, voter_id, resident_id, channel, recorded_by, at)
                        VALUES (:a, :v, :r, :c, :by, :now) ON CONFLICT DO NOTHING""")
                .param("a", assemblyId).param("v", voter).param("r", residentId).param("c", channel).param("by", by)
                .param("now", now).update() > 0;
    }

    Optional<Ballot> of(long assemblyId, long voter) {
        return jdbc.sql("SELECT voter_id, resident_id, channel, recorded_by FROM ballot WHERE assembly_id = :a AND voter_id = :v")
                .param("a", assemblyId).param("v", voter).query(Ballot.class).optional();
    }

    /** The ballots of these voters. */
    List<Ballot> of(long assemblyId, Collection<Long> voters) {
        return jdbc.sql("""
                        SELECT voter_id, resident_id, channel, recorded_by FROM ballot
                        WHERE assembly_id = :a AND voter_id = ANY(:v)""")
                .param("a", assemblyId).param("v", voters.toArray(Long[]::new)).query(Ballot.class).list();
    }

    /** Everyone present, in the order they came. */
    List<Ballot> present(long assemblyId) {
        return jdbc.sql("""
                        SELECT voter_id, resident_id, channel, recorded_by FROM ballot WHERE assembly_id = :a
                        ORDER BY at, resident_id""")
                .param("a", assemblyId).query(Ballot.class).list();
    }

    /** Takes back a resident's own sign-in at the hall; false when there was none. */
    boolean undoSignIn(long assemblyId, long residentId) {
        return jdbc.sql("DELETE FROM ballot WHERE assembly_id = :a AND resident_id = :r AND channel = 'IN_PERSON'")
                .param("a", assemblyId).param("r", residentId).update() > 0;
    }

    boolean choose(long assemblyId, long voter, long topicId, Choice choice, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO ballot_choice (assembly_id, voter_id, topic_id, choice, at) VALUES (:a, :v, :t, :c, :now)
                        ON CONFLICT DO NOTHING""")
                .param("a", assemblyId).param("v", voter).param("t", topicId).param("c", choice.name()).param("now", now)
                .update() > 0;
    }

    Optional<Mine> mine(long assemblyId, long voter, long topicId) {
        return jdbc.sql("""
                        SELECT b.channel, b.resident_id, c.choice FROM ballot b
                             LEFT JOIN ballot_choice c ON c.assembly_id = b.assembly_id AND c.voter_id = b.voter_id AND c.topic_id = :t
                        WHERE b.assembly_id = :a AND b.voter_id = :v""")
                .param("a", assemblyId).param("v", voter).param("t", topicId).query(Mine.class).optional();
    }
}
