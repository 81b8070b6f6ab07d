package org.linli.volunteers.figures;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certified minutes per month of the activities' start, over a scope. */
@Repository
class VolunteerFigureStore {

    private final JdbcClient jdbc;

    VolunteerFigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Month (1–12) → certified minutes, for activities starting in [from, to) under the prefix. */
    Map<Integer, Long> minutesPerMonth(String prefix, OffsetDateTime from, OffsetDateTime to, String zone) {
        Map<Integer, Long> months = new HashMap<>();
        jdbc.sql("""
                        SELECT CAST(extract(MONTH FROM a.starts_at AT TIME ZONE :zone) AS int) AS month, sum(t.minutes)
                          FROM volunteer_attendance t JOIN volunteer_activity a ON a.id = t.activity_id
                         WHERE a.committee_path LIKE :prefix || '%' AND t.status = 'CERTIFIED' AND a.starts_at >= :from AND a.starts_at < :to
                         GROUP BY 1""")
                .param("zone", zone).param("prefix", prefix).param("from", from).param("to", to)
                .query(rs -> {
                    months.put(rs.getInt(1), rs.getLong(2));
                });
        return months;
    }
}
