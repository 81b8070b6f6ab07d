package org.linli.deliberation.topics;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of topics, their stages and their referral. */
@Component
class TopicStore {

    private static final String SELECT = """
            SELECT t.id, t.committee_id, t.division_path, NULL AS committee_name, t.title, t.body, t.source, t.proposer,
                   t.proposer_account_id, t.status, t.review_note, t.reviewed_by, t.reviewed_at, t.merged_into,
                   t.referred_case_id, t.referred_case_number, t.referred_case_closed_at, t.procedure, t.stage, t.version,
                   t.created_at
            FROM topic t
            """;

    /** What a pre-review writes. */
    record Review(TopicStatus outcome, String note, Long mergedInto, Procedure procedure, Long matterId) {
    }

    private final JdbcClient jdbc;

    TopicStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Division committee, String title, String body, Source source, String proposer, Long accountId,
                OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO topic (committee_id, division_path, title, body, source, proposer, proposer_account_id, status,
                                           created_at)
                        VALUES (:c, :p, :t, :b, :s, :who, :acc, 'PROPOSED', :now) RETURNING id""")
                .param("c", committee.id()).param("p", committee.path()).param("t", title).param("b", body)
                .param("s", source.name()).param("who", proposer).param("acc", accountId).param("now", now)
                .query(Long.class).single();
    }

    Optional<Topic> find(long id) {
        return jdbc.sql(SELECT + "WHERE t.id = :id").param("id", id).query(Topic.class).optional();
    }

    /** A resident's view: their committee's admitted and completed topics and their own. */
    List<Topic> ofCommittee(long committeeId, long accountId) {
        return jdbc.sql(SELECT + """
                        WHERE t.committee_id = :c AND (t.proposer_account_id = :me OR t.status IN ('ADMITTED', 'COMPLETED'))
                        ORDER BY t.created_at DESC LIMIT 200""")
                .param("c", committeeId).param("me", accountId).query(Topic.class).list();
    }

    /** A page of the committee's admitted and completed topics, newest first (the residents' hall). */
    List<Topic> inHall(long committeeId, long offset, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE t.committee_id = :c AND t.status IN ('ADMITTED', 'COMPLETED')
                        ORDER BY t.created_at DESC, t.id DESC OFFSET :o LIMIT :l""")
                .param("c", committeeId).param("o", offset).param("l", limit).query(Topic.class).list();
    }

    long inHallCount(long committeeId) {
        return jdbc.sql("SELECT count(*) FROM topic WHERE committee_id = :c AND status IN ('ADMITTED', 'COMPLETED')")
                .param("c", committeeId).query(Long.class).single();
    }

    /** The account's own proposals to the committee, newest first. */
    List<Topic> proposedBy(long committeeId, long accountId, int limit) {
        return jdbc.sql(SELECT + "WHERE t.committee_id = :c AND t.proposer_account_id = :me ORDER BY t.created_at DESC, t.id DESC LIMIT :l")
                .param("c", committeeId).param("me", accountId).param("l", limit).query(Topic.class).list();
    }

    /** The committee's topics not yet decided (proposed or admitted), newest first: what a resolution may still pass. */
    List<Topic> undecided(long committeeId, int limit) {
        return jdbc.sql(SELECT + """
                        WHERE t.committee_id = :c AND t.status IN ('PROPOSED', 'ADMITTED')
                        ORDER BY t.created_at DESC, t.id DESC LIMIT :l""")
                .param("c", committeeId).param("l", limit).query(Topic.class).list();
    }

    /** Staff's view: topics within the scope, those waiting for pre-review first. */
    List<Topic> within(String scopePrefix, TopicStatus status) {
        return jdbc.sql(SELECT + """
                        WHERE t.division_path LIKE :prefix || '%' AND (:status = '' OR t.status = :status)
                        ORDER BY t.status <> 'PROPOSED', t.created_at DESC LIMIT 200""")
                .param("prefix", scopePrefix).param("status", status == null ? "" : status.name()).query(Topic.class).list();
    }

    /** Whether the account owns one of the topic's implementation tasks. */
    boolean ownsTask(long topicId, long accountId) {
        return jdbc.sql("SELECT count(*) > 0 FROM implementation_task WHERE topic_id = :t AND owner_account_id = :a")
                .param("t", topicId).param("a", accountId).query(Boolean.class).single();
    }

    List<Topics.StageRecord> stages(long topicId) {
        return jdbc.sql("SELECT stage, name, record, closed_by, closed_at FROM topic_stage WHERE topic_id = :t ORDER BY stage")
                .param("t", topicId).query(Topics.StageRecord.class).list();
    }

    /** The stages' records of several topics: topic → stage → record. */
    Map<Long, Map<Integer, String>> stageRecords(Collection<Long> ids) {
        return jdbc.sql("SELECT topic_id, stage, record FROM topic_stage WHERE topic_id IN (:ids) AND record IS NOT NULL")
                .param("ids", ids).query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)}).list().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.toMap(r -> (Integer) r[1], r -> (String) r[2])));
    }

    /** Writes a pre-review if nobody changed the topic since it was read; false otherwise. */
    boolean review(Topic t, Review review, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE topic SET status = :s, review_note = :n, reviewed_by = :by, reviewed_at = :now, merged_into = :m,
                               procedure = :p, matter_id = :matter, version = version + 1
                        WHERE id = :id AND version = :v""")
                .param("s", review.outcome().name()).param("n", review.note().isEmpty() ? null : review.note()).param("by", by)
                .param("now", now).param("m", review.mergedInto())
                .param("p", review.procedure() == null ? null : review.procedure().name()).param("matter", review.matterId())
                .param("id", t.id()).param("v", t.version()).update() > 0;
    }

    void revise(long id, String title, String body) {
        jdbc.sql("UPDATE topic SET title = :t, body = :b, status = 'PROPOSED', version = version + 1 WHERE id = :id")
                .param("t", title).param("b", body).param("id", id).update();
    }

    /** Whether a meeting with quorum passed the topic. */
    boolean resolutionPassed(long topicId) {
        return jdbc.sql("SELECT count(*) > 0 FROM meeting_vote WHERE topic_id = :t AND passed").param("t", topicId)
                .query(Boolean.class).single();
    }

    void disclosed(long topicId, long postingId) {
        jdbc.sql("UPDATE topic SET disclosed_posting_id = :p WHERE id = :id").param("p", postingId).param("id", topicId).update();
    }

    /** Records the stage as closed and opens the next one (or completes the topic) if nobody moved it meanwhile. */
    void closeStage(Topic t, int stage, String record, int next, String by, OffsetDateTime now) {
        jdbc.sql("INSERT INTO topic_stage (topic_id, stage, name, record, closed_by, closed_at) VALUES (:t, :s, :n, :r, :by, :now)")
                .param("t", t.id()).param("s", stage).param("n", t.procedure().stages().get(stage).name())
                .param("r", record).param("by", by).param("now", now).update();
        jdbc.sql("""
                        UPDATE topic SET stage = :next, status = CASE WHEN :done THEN 'COMPLETED' ELSE status END, version = version + 1
                        WHERE id = :id AND version = :v""")
                .param("next", next).param("done", next >= t.procedure().stages().size()).param("id", t.id())
                .param("v", t.version()).update();
    }

    void caseOpened(long topicId, long caseId, String number) {
        jdbc.sql("UPDATE topic SET referred_case_id = :c, referred_case_number = :n WHERE id = :id AND status = 'REFERRED'")
                .param("c", caseId).param("n", number).param("id", topicId).update();
    }

    void caseClosed(long topicId, long caseId, OffsetDateTime at) {
        jdbc.sql("""
                        UPDATE topic SET referred_case_id = :c, referred_case_closed_at = :at
                        WHERE id = :id AND status = 'REFERRED'""")
                .param("at", at).param("id", topicId).param("c", caseId).update();
    }
}
