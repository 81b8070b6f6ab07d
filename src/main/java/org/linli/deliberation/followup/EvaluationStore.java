package org.linli.deliberation.followup;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.deliberation.topics.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of evaluations. */
@Component
class EvaluationStore {

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Evaluation> of(long topicId) {
        return jdbc.sql("""
                        SELECT id, representative, account_id, rating, comment, recorded_by, created_at
                        FROM topic_evaluation WHERE topic_id = :t ORDER BY id""")
                .param("t", topicId).query(Evaluation.class).list();
    }

    /** Which of these topics the account has evaluated. */
    Set<Long> evaluated(Collection<Long> topicIds, long accountId) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT topic_id FROM topic_evaluation WHERE topic_id IN (:ids) AND account_id = :me")
                .param("ids", topicIds).param("me", accountId).query(Long.class).list());
    }

    Map<Long, Summary> summaries(Collection<Long> topicIds) {
        return jdbc.sql("""
                        SELECT topic_id, count(*) FILTER (WHERE rating = 'SATISFIED') AS s,
                               count(*) FILTER (WHERE rating = 'FAIRLY_SATISFIED') AS f,
                               count(*) FILTER (WHERE rating = 'DISSATISFIED') AS d
                        FROM topic_evaluation WHERE topic_id IN (:ids) GROUP BY topic_id""")
                .param("ids", topicIds)
                .query((rs, n) -> Map.entry(rs.getLong("topic_id"), new Summary(rs.getLong("s"), rs.getLong("f"), rs.getLong("d"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    boolean evaluated(long topicId, long accountId) {
        return jdbc.sql("SELECT count(*) > 0 FROM topic_evaluation WHERE topic_id = :t AND account_id = :me")
                .param("t", topicId).param("me", accountId).query(Boolean.class).single();
    }

    /** Adds the evaluation unless this person (online or on behalf) or this account already evaluated. */
    boolean insert(Topic t, Evaluator who, Long accountId, Evaluate e, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO topic_evaluation (topic_id, division_path, representative, resident_id, account_id, rating,
                                                      comment, recorded_by, created_at)
                        VALUES (:t, :p, :who, :resident, :acc, :r, :c, :by, :now) ON CONFLICT DO NOTHING""")
                .param("t", t.id()).param("p", t.divisionPath()).param("who", who.name()).param("resident", who.residentId())
                .param("acc", accountId)
                .param("r", e.rating().name()).param("c", e.comment().isEmpty() ? null : e.comment()).param("by", by)
                .param("now", now).update() > 0;
    }
}
