package org.linli.gridwork.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The grid meetings' SQL. */
@Component
class GridMeetingStore {

    private final JdbcClient jdbc;

    GridMeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new meeting's id, or empty when the committee has one for the month already. */
    Optional<Long> insert(long committeeId, String committeePath, LocalDate heldOn, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO grid_meeting (committee_id, committee_path, month, held_on, recorded_by, recorded_at)
                        VALUES (:committee, :path, :month, :held, :by, :now)
                        ON CONFLICT (committee_id, month) DO NOTHING RETURNING id""")
                .param("committee", committeeId).param("path", committeePath).param("month", heldOn.withDayOfMonth(1))
                .param("held", heldOn).param("by", by).param("now", now).query(Long.class).optional();
    }

    void attendee(long meetingId, int position, Long accountId, String name) {
        jdbc.sql("INSERT INTO grid_meeting_attendee (meeting_id, position, account_id, name) VALUES (:m, :p, :a, :n)")
                .param("m", meetingId).param("p", position).param("a", accountId).param("n", name).update();
    }

    void matter(long meetingId, String committeePath, LocalDate heldOn, int position, String text, boolean passedUp) {
        jdbc.sql("""
                        INSERT INTO grid_meeting_matter (meeting_id, committee_path, held_on, position, text, passed_up)
                        VALUES (:m, :path, :held, :p, :t, :up)""")
                .param("m", meetingId).param("path", committeePath).param("held", heldOn).param("p", position)
                .param("t", text).param("up", passedUp).update();
    }

    Optional<GridMeeting> find(long id, DataScope scope) {
        return jdbc.sql("""
                        SELECT id, committee_id, committee_path, held_on, recorded_by FROM grid_meeting
                         WHERE id = :id AND committee_path LIKE :prefix || '%'""")
                .param("id", id).param("prefix", scope.prefix())
                .query((rs, i) -> new GridMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), attendees(id), matters(id)))
                .optional();
    }

    private List<String> attendees(long id) {
        return jdbc.sql("SELECT name FROM grid_meeting_attendee WHERE meeting_id = :id ORDER BY position")
                .param("id", id).query(String.class).list();
    }

    private List<GridMeeting.Matter> matters(long id) {
        return jdbc.sql("""
                        SELECT id, meeting_id, committee_path, held_on, text, passed_up FROM grid_meeting_matter
                         WHERE meeting_id = :id ORDER BY position""")
                .param("id", id).query(GridMeeting.Matter.class).list();
    }

    List<GridMeeting.Line> list(DataScope scope, int page, int size) {
        return jdbc.sql("""
                        SELECT g.id, g.committee_id, g.committee_path, g.held_on,
                               (SELECT count(*) FROM grid_meeting_attendee a WHERE a.meeting_id = g.id) AS attendees,
                               (SELECT count(*) FROM grid_meeting_matter t WHERE t.meeting_id = g.id) AS matters,
                               (SELECT count(*) FROM grid_meeting_matter t WHERE t.meeting_id = g.id AND t.passed_up) AS passed_up
                          FROM grid_meeting g WHERE g.committee_path LIKE :prefix || '%'
                         ORDER BY g.held_on DESC, g.id DESC LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("limit", size).param("offset", page * size)
                .query(GridMeeting.Line.class).list();
    }

    long count(DataScope scope) {
        return jdbc.sql("SELECT count(*) FROM grid_meeting WHERE committee_path LIKE :prefix || '%'")
                .param("prefix", scope.prefix()).query(Long.class).single();
    }

    List<GridMeeting.Matter> passedUp(DataScope scope, int page, int size) {
        return jdbc.sql("""
                        SELECT id, meeting_id, committee_path, held_on, text, passed_up FROM grid_meeting_matter
                         WHERE passed_up AND committee_path LIKE :prefix || '%'
                         ORDER BY held_on DESC, id LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("limit", size).param("offset", page * size)
                .query(GridMeeting.Matter.class).list();
    }

    long countPassedUp(DataScope scope) {
        return jdbc.sql("SELECT count(*) FROM grid_meeting_matter WHERE passed_up AND committee_path LIKE :prefix || '%'")
                .param("prefix", scope.prefix()).query(Long.class).single();
    }
}
