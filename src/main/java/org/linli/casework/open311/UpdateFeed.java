package org.linli.casework.open311;

import java.time.OffsetDateTime;
import java.util.List;

import org.linli.casework.CaseStatus;
import org.linli.casework.Channel;
import org.linli.casework.internal.CaseReads;
import org.linli.casework.internal.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each logged step of the visible cases as an update, in the order they happened: the steps the
 * tracking page shows a reporter (each change of status, and each answer), with what the reporter
 * is told of it. Check-ins, ratings, extensions and staff's inside notes are not updates, and no
 * one's name is selected.
 */
@Component
class UpdateFeed {

    /** One step: the log entry as the tracking page reads it, its case, and the step's first photo. */
    record Step(CaseReads.LogEntry entry, String number, Channel channel, Long photoId) {

        /** What the reporter is told of this step: the answer, else the new status. */
        String description() {
            String answer = Outcome.answer(entry);
            return answer != null ? answer : entry.toStatus().label();
        }

        CaseStatus status() {
            return entry.toStatus();
        }
    }

    private record Row(long id, OffsetDateTime at, String actor, String actorRole, CaseStatus fromStatus, CaseStatus toStatus,
                       String note, String departmentName, String number, Channel channel, Long photoId) {
    }

    private final JdbcClient jdbc;

    UpdateFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Step> between(RequestFeed.Visibility v, OffsetDateTime from, OffsetDateTime to, Paging paging) {
        // Steps that changed the status, and a department's report (which keeps it); other same-status
        // entries (check-ins, ratings, extensions) are left out here, inside notes by Outcome below.
        List<Row> rows = jdbc.sql("""
                        SELECT l.id, l.at, '' AS actor, l.actor_role, l.from_status, l.to_status, l.note, p.name AS department_name,
                               c.number, c.channel,
                               (SELECT a.id FROM case_attachment a WHERE a.log_id = l.id ORDER BY a.id LIMIT 1) AS photo_id
                        FROM case_log l JOIN case_record c ON c.id = l.case_id LEFT JOIN department p ON p.id = l.department_id
                        WHERE c.division_path LIKE :prefix || '%' AND (:channel = '' OR c.channel = :channel)
                          AND l.at >= :from AND l.at <= :to
                          AND (l.from_status IS NULL OR l.from_status <> l.to_status OR l.department_id IS NOT NULL)
                        ORDER BY l.at, l.id LIMIT :limit OFFSET :offset""")
                .param("prefix", v.scope().prefix()).param("channel", v.channel() == null ? "" : v.channel().name())
                .param("from", from).param("to", to).param("limit", paging.size()).param("offset", paging.offset())
                .query(Row.class).list();
        return rows.stream()
                .map(r -> new Step(new CaseReads.LogEntry(r.id(), r.at(), r.actor(), r.actorRole(), r.fromStatus(), r.toStatus(),
                        r.note(), r.departmentName()), r.number(), r.channel(), r.photoId()))
                .filter(s -> s.entry().fromStatus() != s.entry().toStatus() || Outcome.answer(s.entry()) != null)
                .toList();
    }
}
