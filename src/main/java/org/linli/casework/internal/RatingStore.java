package org.linli.casework.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of ratings: each one kept, the latest on the case. */
@Repository
class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Ratings.Rating> of(long caseId) {
        return jdbc.sql("SELECT score, comment, rated_at FROM case_rating WHERE case_id = :c ORDER BY rated_at")
                .param("c", caseId).query(Ratings.Rating.class).list();
    }

    boolean ratedSince(long caseId, OffsetDateTime closed) {
        return jdbc.sql("SELECT count(*) FROM case_rating WHERE case_id = :c AND rated_at >= :closed")
                .param("c", caseId).param("closed", closed).query(Long.class).single() > 0;
    }

    void rate(long caseId, int score, String comment, String rater, OffsetDateTime now) {
        jdbc.sql("INSERT INTO case_rating (case_id, score, comment, rated_by, rated_at) VALUES (:c, :s, :t, :by, :now)")
                .param("c", caseId).param("s", score).param("t", comment).param("by", rater).param("now", now).update();
        jdbc.sql("UPDATE case_record SET rating = :s WHERE id = :c").param("s", score).param("c", caseId).update();
    }
}
