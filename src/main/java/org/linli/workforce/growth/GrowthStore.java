package org.linli.workforce.growth;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appraisals' and rewards' SQL. */
@Component
class GrowthStore {

    private final JdbcClient jdbc;

    GrowthStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void appraise(long workerId, AppraisalForm f, String by, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO worker_appraisal (worker_id, year, result, recorded_by, recorded_at) VALUES (:w, :y, :r, :by, :at)
                        ON CONFLICT (worker_id, year) DO UPDATE SET result = :r, recorded_by = :by, recorded_at = :at""")
                .param("w", workerId).param("y", f.year()).param("r", f.result().name()).param("by", by).param("at", at).update();
    }

    List<Appraisal> appraisals(long workerId) {
        return jdbc.sql("SELECT * FROM worker_appraisal WHERE worker_id = :w ORDER BY year DESC").param("w", workerId)
                .query((rs, i) -> new Appraisal(rs.getLong("worker_id"), rs.getInt("year"), Appraisal.Result.valueOf(rs.getString("result"))))
                .list();
    }

    long reward(long workerId, RewardForm f, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO worker_reward (worker_id, awarded_on, title, awarded_by, recorded_by, recorded_at)
                        VALUES (:w, :on, :title, :awardedBy, :by, :at) RETURNING id""")
                .param("w", workerId).param("on", f.awardedOn()).param("title", f.title().strip())
                .param("awardedBy", f.awardedBy().strip()).param("by", by).param("at", at).query(Long.class).single();
    }

    List<Reward> rewards(long workerId) {
        return jdbc.sql("SELECT * FROM worker_reward WHERE worker_id = :w ORDER BY awarded_on DESC, id DESC").param("w", workerId)
                .query((rs, i) -> new Reward(rs.getLong("id"), rs.getLong("worker_id"), rs.getObject("awarded_on", LocalDate.class),
                        rs.getString("title"), rs.getString("awarded_by"))).list();
    }
}
