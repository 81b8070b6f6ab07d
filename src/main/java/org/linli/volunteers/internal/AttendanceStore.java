package org.linli.volunteers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attendances: signing in and out, the organiser's corrections and certification. */
@Repository
class AttendanceStore {

    private static final String SELECT = """
            SELECT t.id, t.activity_id, t.volunteer_id, v.name, t.signed_in_at, t.signed_out_at, t.minutes, t.status, t.note,
                   a.title, a.starts_at
              FROM volunteer_attendance t JOIN volunteer v ON v.id = t.volunteer_id JOIN volunteer_activity a ON a.id = t.activity_id
            """;

    /** A certified attendance as the event names it. */
    record Certified(long attendanceId, long volunteerId, Long residentId, int minutes) {
    }

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Attendance> find(long activityId, long volunteerId) {
        return jdbc.sql(SELECT + " WHERE t.activity_id = :a AND t.volunteer_id = :v").param("a", activityId).param("v", volunteerId)
                .query(AttendanceStore::row).optional();
    }

    Optional<Attendance> get(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(AttendanceStore::row).optional();
    }

    List<Attendance> ofActivity(long activityId) {
        return jdbc.sql(SELECT + " WHERE t.activity_id = :a ORDER BY t.signed_in_at, t.id").param("a", activityId)
                .query(AttendanceStore::row).list();
    }

    List<Attendance> ofVolunteer(long volunteerId, int limit) {
        return jdbc.sql(SELECT + " WHERE t.volunteer_id = :v ORDER BY a.starts_at DESC, t.id DESC LIMIT :limit")
                .param("v", volunteerId).param("limit", limit).query(AttendanceStore::row).list();
    }

    /** Signs in; false when the volunteer already has an attendance at the activity. */
    boolean signIn(long activityId, long volunteerId, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO volunteer_attendance (activity_id, volunteer_id, signed_in_at, status) VALUES (:a, :v, :now, 'SIGNED_IN')
                        ON CONFLICT (activity_id, volunteer_id) DO NOTHING""")
                .param("a", activityId).param("v", volunteerId).param("now", now).update() > 0;
    }

    /** Closes a signed-in attendance; false when it was no longer signed in (another scan closed it). */
    boolean signOut(long id, OffsetDateTime at, int minutes, String status, String note) {
        return jdbc.sql("""
                        UPDATE volunteer_attendance SET signed_out_at = :at, minutes = :minutes, status = :status, note = :note
                         WHERE id = :id AND status = 'SIGNED_IN'""")
                .param("at", at).param("minutes", minutes).param("status", status).param("note", note).param("id", id).update() > 0;
    }

    /** The organiser sets the minutes of an attendance not yet certified (confirming a forgotten sign-out, or correcting). */
    boolean correct(long id, int minutes, String note) {
        return jdbc.sql("""
                        UPDATE volunteer_attendance SET minutes = :minutes, note = :note, status = 'SIGNED_OUT'
                         WHERE id = :id AND status IN ('SIGNED_OUT', 'UNCONFIRMED')""")
                .param("minutes", minutes).param("note", note).param("id", id).update() > 0;
    }

    /** Certifies the signed-out attendances among these (each once: a certified row is never certified again). */
    List<Certified> certify(long activityId, List<Long> ids, OffsetDateTime now, String by) {
        return jdbc.sql("""
                        UPDATE volunteer_attendance t SET status = 'CERTIFIED', certified_at = :now, certified_by = :by
                          FROM volunteer v
                         WHERE v.id = t.volunteer_id AND t.activity_id = :a AND t.id IN (:ids) AND t.status = 'SIGNED_OUT'
                        RETURNING t.id, t.volunteer_id, v.resident_id, t.minutes""")
                .param("now", now).param("by", by).param("a", activityId).param("ids", ids)
                .query((rs, n) -> new Certified(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getInt(4))).list();
    }

    private static Attendance row(ResultSet rs, int n) throws SQLException {
        return new Attendance(rs.getLong("id"), rs.getLong("activity_id"), rs.getLong("volunteer_id"), rs.getString("name"),
                Zoned.read(rs, "signed_in_at"), Zoned.read(rs, "signed_out_at"),
                (Integer) rs.getObject("minutes"), rs.getString("status"), rs.getString("note"), rs.getString("title"),
                Zoned.read(rs, "starts_at"));
    }
}
