package org.linli.conventions.stars;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the star households' appraisal: the year's points per household, and the confirmed list. */
@Component
class StarStore {

    /** A household's points in the year. */
    record YearPoints(long householdId, long total) {
    }

    private final JdbcClient jdbc;

    StarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<YearPoints> atLeast(String committeePath, int year, int minimum) {
        return jdbc.sql("""
                        SELECT household_id, sum(points) AS total FROM points_entry
                        WHERE committee_path = :c AND day BETWEEN :from AND :to
                        GROUP BY household_id HAVING sum(points) >= :min ORDER BY total DESC, household_id LIMIT 1000""")
                .param("c", committeePath).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .param("min", minimum).query(YearPoints.class).list();
    }

    boolean confirmed(String committeePath, int year) {
        return jdbc.sql("SELECT count(*) > 0 FROM star_household WHERE committee_path = :c AND year = :y").param("c", committeePath)
                .param("y", year).query(Boolean.class).single();
    }

    void insert(String committeePath, int year, long householdId, int stars, long points, String by, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO star_household (committee_path, year, household_id, stars, points, confirmed_by, confirmed_at)
                        VALUES (:c, :y, :h, :s, :p, :by, :now) ON CONFLICT DO NOTHING""")
                .param("c", committeePath).param("y", year).param("h", householdId).param("s", stars).param("p", points)
                .param("by", by).param("now", now).update();
    }

    List<StarHousehold> published(String prefix, int year) {
        return jdbc.sql("""
                        SELECT committee_path, year, household_id, stars, points, confirmed_by, confirmed_at FROM star_household
                        WHERE committee_path LIKE :prefix || '%' AND year = :y ORDER BY committee_path, stars DESC, points DESC, household_id
                        LIMIT 2000""")
                .param("prefix", prefix).param("y", year).query(StarHousehold.class).list();
    }
}
