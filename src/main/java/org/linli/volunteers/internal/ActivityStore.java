package org.linli.volunteers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities and their sign-ups. */
@Repository
class ActivityStore {

    private static final String SELECT = """
            SELECT a.id, a.committee_id, a.committee_path, a.title, a.place, a.description, a.starts_at, a.ends_at, a.skills, a.places,
                   a.code, a.status, a.cancel_reason,
                   (SELECT count(*) FROM volunteer_signup s WHERE s.activity_id = a.id) AS signed_up
              FROM volunteer_activity a
            """;

    record Times(OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new activity with this code, or -1 when another activity holds the code. */
    long insert(long committeeId, String committeePath, ActivityForm f, Times t, String code, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO volunteer_activity (committee_id, committee_path, title, place, description, starts_at, ends_at, skills,
                                                        places, code, created_by, created_at)
                        VALUES (:committeeId, :path, :title, :place, :description, :startsAt, :endsAt, CAST(:skills AS text[]), :places,
                                :code, :by, :now)
                        ON CONFLICT (code) DO NOTHING RETURNING id""")
                .param("committeeId", committeeId).param("path", committeePath).param("title", f.title()).param("place", f.place())
                .param("description", f.description()).param("startsAt", t.startsAt()).param("endsAt", t.endsAt())
                .param("skills", Skill.names(f.skills())).param("places", f.places()).param("code", code).param("by", by)
                .param("now", now).query(Long.class).optional().orElse(-1L);
    }

    void update(long id, ActivityForm f, Times t) {
        jdbc.sql("""
                        UPDATE volunteer_activity SET title = :title, place = :place, description = :description, starts_at = :startsAt,
                               ends_at = :endsAt, skills = CAST(:skills AS text[]), places = :places WHERE id = :id""")
                .param("title", f.title()).param("place", f.place()).param("description", f.description())
                .param("startsAt", t.startsAt()).param("endsAt", t.endsAt()).param("skills", Skill.names(f.skills()))
                .param("places", f.places()).param("id", id).update();
    }

    void cancel(long id, String reason) {
        jdbc.sql("UPDATE volunteer_activity SET status = 'CANCELLED', cancel_reason = :reason WHERE id = :id AND status = 'OPEN'")
                .param("reason", reason).param("id", id).update();
    }

    Optional<Activity> find(long id, String prefix) {
        return jdbc.sql(SELECT + " WHERE a.id = :id AND a.committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", prefix).query(ActivityStore::row).optional();
    }

    Optional<Activity> byCode(String code) {
        return jdbc.sql(SELECT + " WHERE a.code = :code").param("code", code).query(ActivityStore::row).optional();
    }

    /** Activities in the reach, upcoming first (by start), then past ones (latest first). */
    List<Activity> list(String prefix, OffsetDateTime now, int offset, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE a.committee_path LIKE :prefix || '%'
                         ORDER BY (a.ends_at > :now) DESC, CASE WHEN a.ends_at > :now THEN a.starts_at END, a.starts_at DESC, a.id
                         OFFSET :offset LIMIT :limit""")
                .param("prefix", prefix).param("now", now).param("offset", offset).param("limit", limit)
                .query(ActivityStore::row).list();
    }

    long count(String prefix) {
        return jdbc.sql("SELECT count(*) FROM volunteer_activity a WHERE a.committee_path LIKE :prefix || '%'")
                .param("prefix", prefix).query(Long.class).single();
    }

    /** Locks the activity's row while its places are counted. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM volunteer_activity WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
    }

    boolean signUp(long activityId, long volunteerId, OffsetDateTime now) {
        return jdbc.sql("INSERT INTO volunteer_signup (activity_id, volunteer_id, signed_up_at) VALUES (:a, :v, :now) ON CONFLICT DO NOTHING")
                .param("a", activityId).param("v", volunteerId).param("now", now).update() > 0;
    }

    boolean signedUp(long activityId, long volunteerId) {
        return jdbc.sql("SELECT count(*) FROM volunteer_signup WHERE activity_id = :a AND volunteer_id = :v")
                .param("a", activityId).param("v", volunteerId).query(Long.class).single() > 0;
    }

    /** Ids of the activities among these the volunteer signed up for. */
    List<Long> signedUpAmong(long volunteerId, List<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT activity_id FROM volunteer_signup WHERE volunteer_id = :v AND activity_id IN (:ids)")
                .param("v", volunteerId).param("ids", activityIds).query(Long.class).list();
    }

    /** Activities where the volunteer is still signed in (to close forgotten sign-outs before their record is shown). */
    List<Activity> withOpenAttendance(long volunteerId) {
        return jdbc.sql(SELECT + " WHERE a.id IN (SELECT t.activity_id FROM volunteer_attendance t WHERE t.volunteer_id = :v"
                        + " AND t.status = 'SIGNED_IN')")
                .param("v", volunteerId).query(ActivityStore::row).list();
    }

    private static Activity row(ResultSet rs, int n) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("committee_path"), rs.getString("title"),
                rs.getString("place"), rs.getString("description"), Zoned.read(rs, "starts_at"),
                Zoned.read(rs, "ends_at"), Skill.read((String[]) rs.getArray("skills").getArray()),
                rs.getInt("places"), rs.getString("code"), rs.getString("status"), rs.getString("cancel_reason"), rs.getInt("signed_up"));
    }
}
