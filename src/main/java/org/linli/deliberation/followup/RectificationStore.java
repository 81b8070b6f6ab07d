package org.linli.deliberation.followup;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.linli.deliberation.topics.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of rectifications. */
@Component
class RectificationStore {

    private static final String SELECT = """
            SELECT topic_id, cause, reason, flagged_by, flagged_at, plan, planned_by, result, reported_by, confirmed_by, confirmed_at,
                   returned_reason, returned_result, returned_by, returned_at
            FROM topic_rectification
            """;

    private final JdbcClient jdbc;

    RectificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Rectification> of(long topicId) {
        return jdbc.sql(SELECT + "WHERE topic_id = :t").param("t", topicId).query(Rectification.class).optional();
    }

    List<Rectification> of(Collection<Long> topicIds) {
        return jdbc.sql(SELECT + "WHERE topic_id IN (:ids)").param("ids", topicIds).query(Rectification.class).list();
    }

    /**
     * Opens the topic's rectification; the street may reopen one that was confirmed. Returns
     * whether anything changed (an open rectification is not flagged twice).
     */
    boolean flag(Topic t, String cause, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO topic_rectification (topic_id, division_path, cause, reason, flagged_by, flagged_at)
                        VALUES (:t, :p, :c, :r, :by, :now)
                        ON CONFLICT (topic_id) DO UPDATE SET cause = :c, reason = :r, flagged_by = :by, flagged_at = :now,
                            plan = NULL, planned_by = NULL, planned_at = NULL, result = NULL, reported_by = NULL, reported_at = NULL,
                            confirmed_by = NULL, confirmed_at = NULL, returned_reason = NULL, returned_result = NULL,
                            returned_by = NULL, returned_at = NULL
                        WHERE topic_rectification.confirmed_by IS NOT NULL AND :c = 'STREET'""")
                .param("t", t.id()).param("p", t.divisionPath()).param("c", cause).param("r", reason).param("by", by)
                .param("now", now).update() > 0;
    }

    void plan(long topicId, String plan, String by, OffsetDateTime now) {
        jdbc.sql("UPDATE topic_rectification SET plan = :v, planned_by = :by, planned_at = :now WHERE topic_id = :t")
                .param("v", plan).param("by", by).param("now", now).param("t", topicId).update();
    }

    void result(long topicId, String result, String by, OffsetDateTime now) {
        jdbc.sql("UPDATE topic_rectification SET result = :v, reported_by = :by, reported_at = :now WHERE topic_id = :t")
                .param("v", result).param("by", by).param("now", now).param("t", topicId).update();
    }

    void confirm(long topicId, String by, OffsetDateTime now) {
        jdbc.sql("UPDATE topic_rectification SET confirmed_by = :by, confirmed_at = :now WHERE topic_id = :t AND confirmed_by IS NULL")
                .param("by", by).param("now", now).param("t", topicId).update();
    }

    /** Sends the reported result back; false when there was no reported result to send back. */
    boolean sendBack(long topicId, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE topic_rectification SET returned_reason = :r, returned_result = result, returned_by = :by,
                               returned_at = :now, result = NULL, reported_by = NULL, reported_at = NULL
                        WHERE topic_id = :t AND confirmed_by IS NULL AND result IS NOT NULL""")
                .param("r", reason).param("by", by).param("now", now).param("t", topicId).update() > 0;
    }
}
