package org.linli.deliberation.hall;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind the hall's "next meeting" on each topic. */
@Component
class HallStore {

    /** The earliest typed meeting from today on for a topic. */
    record Recorded(long topicId, LocalDate heldOn, String kind) {
    }

    /** The meeting on a roll a topic is next before. */
    record Convened(long topicId, long assemblyId) {
    }

    private final JdbcClient jdbc;

    HallStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recorded> recorded(Collection<Long> topicIds, LocalDate today) {
        return jdbc.sql("""
                        SELECT a.topic_id, min(m.held_on) AS held_on, (array_agg(m.kind ORDER BY m.held_on, m.id))[1] AS kind
                        FROM meeting_attempt a JOIN meeting m ON m.id = a.meeting_id
                        WHERE a.topic_id IN (:ids) AND m.held_on >= :today GROUP BY a.topic_id""")
                .param("ids", topicIds).param("today", today).query(Recorded.class).list();
    }

    /** Per topic, a meeting whose vote is open, or else the soonest one still signing in from today on. */
    List<Convened> convened(Collection<Long> topicIds, LocalDate today) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (i.topic_id) i.topic_id, a.id AS assembly_id
                        FROM assembly_item i JOIN assembly a ON a.id = i.assembly_id
                        WHERE i.topic_id IN (:ids) AND (a.status = 'VOTING' OR (a.status = 'SIGN_IN' AND a.held_on >= :today))
                        ORDER BY i.topic_id, a.status <> 'VOTING', a.held_on, a.id""")
                .param("ids", topicIds).param("today", today).query(Convened.class).list();
    }
}
