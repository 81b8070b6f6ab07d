package org.linli.casework.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.casework.Cases;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of case records, their log and their photos. Places are named afterwards by the division
 * module ({@link CaseReads}), so no statement here reads another module's table.
 */
@Repository
class CaseStore {

    private static final String COLUMNS = """
            c.id, c.number, c.division_id, c.division_path, NULL::text AS division_name, c.category_code,
            k.name AS category_name, c.channel, c.hotline_number, c.title, c.description, c.status, c.created_by,
            c.created_at, c.accept_due, c.finish_due, c.closed_at, c.tracking_code, c.reporter_account_id,
            c.reporter_name, c.reporter_phone_mask, c.address, c.latitude, c.longitude, c.rating, c.rework_count,
            c.closed_on_time, c.version, c.grid_id, c.handler_id, c.dispatch_due, c.taken_at
            """;

    private static final String FROM = " FROM case_record c JOIN case_category k ON k.code = c.category_code\n";

    private static final String FILTERS = """
              AND (:status = '' OR c.status = :status)
              AND (:category = '' OR c.category_code = :category)
              AND (:under = '' OR c.division_path LIKE :under || '%')
              AND (NOT :overdue OR (c.status NOT IN ('CLOSED', 'REJECTED')
                   AND :now > CASE WHEN c.status = 'REPORTED' THEN c.accept_due WHEN c.status IN ('DISPATCHED', 'HANDLING') THEN c.dispatch_due
                                   ELSE c.finish_due END))
            """;

    /** The limit that applies now; the same expression as the index of open cases. */
    static final String DUE = "(CASE WHEN c.status = 'REPORTED' THEN c.accept_due WHEN c.status IN ('DISPATCHED', 'HANDLING') THEN c.dispatch_due"
            + " ELSE c.finish_due END)";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The data-scope filter every read goes through, written per kind of user rather than with
     * bound "is null" flags, so that PostgreSQL plans each one on its own (a district's queue then
     * reads only the partial index of open cases).
     */
    private static String visible(CaseReads.Access a) {
        if (a.department() != null) {
            return "WHERE c.division_path LIKE :prefix || '%' AND EXISTS (SELECT 1 FROM case_summons s WHERE s.case_id = c.id"
                    + " AND s.department_id = :dept)\n";
        }
        if (a.reporter() != null) {
            return "WHERE c.division_path LIKE :prefix || '%' AND c.reporter_account_id = :reporter\n";
        }
        if (a.grid() != null) {
            // A grid worker: the cases placed in their grid and those dispatched to it.
            return "WHERE (c.division_path LIKE :prefix || '%' OR c.grid_id = :grid)\n";
        }
        return "WHERE c.division_path LIKE :prefix || '%'\n";
    }

    private JdbcClient.StatementSpec bind(String sql, CaseReads.Access a, OffsetDateTime now) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql.replace("${visible}", visible(a))).param("prefix", a.prefix())
                .param("now", now);
        if (a.department() != null) {
            spec = spec.param("dept", a.department());
        }
        if (a.reporter() != null) {
            spec = spec.param("reporter", a.reporter());
        }
        if (a.grid() != null) {
            spec = spec.param("grid", a.grid());
        }
        return spec;
    }

    /**
     * Open-only is written as a literal, not as a bound flag: only then can PostgreSQL use the
     * partial index of open cases (V9), which keeps a district's queue fast at a million cases.
     */
    static String filters(Cases.Filter f, CaseReads.Search search) {
        return FILTERS + (f.openOnly() ? " AND c.status NOT IN ('CLOSED', 'REJECTED')\n" : "")
                + (search.words() == null ? "" : search.phoneHash() == null
                ? " AND (c.title ILIKE :words ESCAPE '\\' OR c.description ILIKE :words ESCAPE '\\' OR c.number ILIKE :words ESCAPE '\\')\n"
                : " AND (c.title ILIKE :words ESCAPE '\\' OR c.description ILIKE :words ESCAPE '\\' OR c.number ILIKE :words ESCAPE '\\'"
                        + " OR c.reporter_phone_hash = :phoneHash)\n");
    }

    JdbcClient.StatementSpec filtered(String sql, CaseReads.Access a, Cases.Filter f, CaseReads.Search search, OffsetDateTime now) {
        JdbcClient.StatementSpec spec = bind(sql, a, now)
                .param("status", f.status() == null ? "" : f.status().name())
                .param("category", f.category() == null ? "" : f.category())
                .param("under", f.divisionPath() == null ? "" : new DataScope(f.divisionPath()).prefix())
                .param("overdue", f.overdueOnly());
        if (search.words() != null) {
            spec = spec.param("words", search.words());
        }
        if (search.phoneHash() != null) {
            spec = spec.param("phoneHash", search.phoneHash());
        }
        return spec;
    }

    List<CaseView> queue(CaseReads.Access a, Cases.Filter filter, CaseReads.Search search, int page, int size, OffsetDateTime now) {
        // Open queues sort by the limit alone, so the ordered index of open cases (V13) serves the
        // first page without sorting a district's tens of thousands of open cases.
        String order = filter.openOnly() ? "ORDER BY " + DUE + ", c.id DESC"
                : "ORDER BY c.status IN ('CLOSED', 'REJECTED'), " + DUE + ", c.id DESC";
        return filtered("SELECT " + COLUMNS + FROM + "${visible}" + filters(filter, search) + order + " LIMIT :limit OFFSET :offset",
                a, filter, search, now)
                .param("limit", size).param("offset", page * size).query(CaseView.class).list();
    }

    long count(CaseReads.Access a, Cases.Filter filter, CaseReads.Search search, OffsetDateTime now) {
        // Counted up to 10,001: a queue shows at most 200 pages, and counting a district's whole
        // history exactly would cost more than the page itself.
        // Only case_record's own columns are filtered on: no joins, so the index of open cases answers alone.
        return filtered("SELECT count(*) FROM (SELECT 1 FROM case_record c\n${visible}" + filters(filter, search) + " LIMIT 10001) AS counted",
                a, filter, search, now).query(Long.class).single();
    }

    Cases.Waiting waiting(CaseReads.Access a, OffsetDateTime now) {
        return bind("""
                        SELECT count(*) AS open,
                               count(*) FILTER (WHERE :now > CASE WHEN c.status = 'REPORTED' THEN c.accept_due
                                                                   WHEN c.status IN ('DISPATCHED', 'HANDLING') THEN c.dispatch_due
                                                                   ELSE c.finish_due END) AS overdue
                        FROM case_record c
                        ${visible} AND c.status NOT IN ('CLOSED', 'REJECTED')""", a, now)
                .query(Cases.Waiting.class).single();
    }

    Optional<CaseView> get(CaseReads.Access a, long id, OffsetDateTime now) {
        return bind("SELECT " + COLUMNS + FROM + "${visible}" + " AND c.id = :id", a, now).param("id", id)
                .query(CaseView.class).optional();
    }

    Optional<CaseView> load(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = :id").param("id", id).query(CaseView.class).optional();
    }

    Optional<Long> byTrackingCode(String code) {
        return jdbc.sql("SELECT id FROM case_record WHERE tracking_code = :c").param("c", code).query(Long.class).optional();
    }

    List<CaseReads.LogEntry> log(long id) {
        return jdbc.sql("""
                        SELECT l.id, l.at, coalesce(l.actor_name, l.actor) AS actor, l.actor_role, l.from_status, l.to_status, l.note, p.name AS department_name
                        FROM case_log l LEFT JOIN department p ON p.id = l.department_id
                        WHERE l.case_id = :id ORDER BY l.at, l.id""")
                .param("id", id).query(CaseReads.LogEntry.class).list();
    }

    List<CaseReads.Attachment> attachments(long id) {
        return jdbc.sql("SELECT id, log_id, filename, content_type, size_bytes FROM case_attachment WHERE case_id = :id ORDER BY id")
                .param("id", id).query(CaseReads.Attachment.class).list();
    }

    Optional<CaseReads.Photo> photo(long caseId, long attachmentId) {
        return jdbc.sql("SELECT content_type, data FROM case_attachment WHERE id = :a AND case_id = :c")
                .param("a", attachmentId).param("c", caseId).query(CaseReads.Photo.class).optional();
    }

    /** The reporter's sealed phone number, if they left one. */
    record SealedPhone(byte[] cipher, String mask, byte[] hash) {
    }

    Optional<SealedPhone> reporterPhone(long id) {
        return jdbc.sql("""
                        SELECT reporter_phone AS cipher, reporter_phone_mask AS mask, reporter_phone_hash AS hash
                        FROM case_record WHERE id = :id AND reporter_phone IS NOT NULL""")
                .param("id", id).query(SealedPhone.class).optional();
    }

    /** What a move changed that others must hear of: whether a closing was on time, and the request it answers. */
    record Moved(Boolean closedOnTime, String requestKey) {
    }

    /** Moves the case if nobody moved it meanwhile (same status and version); empty if somebody did. */
    Optional<Moved> transition(CaseView c, CaseStatus target, OffsetDateTime now, OffsetDateTime finishDue) {
        return jdbc.sql("""
                        UPDATE case_record SET status = :to, version = version + 1, updated_at = :now, finish_due = :due,
                               accepted_at = CASE WHEN :to IN ('ACCEPTED', 'DISPATCHED', 'HANDLING') AND accepted_at IS NULL THEN :now
                                                  ELSE accepted_at END,
                               escalated_at = CASE WHEN :to = 'ESCALATED' AND escalated_at IS NULL THEN :now ELSE escalated_at END,
                               rework_count = rework_count + CASE WHEN :to = 'REWORK' THEN 1 ELSE 0 END,
                               closed_at = CASE WHEN :to IN ('CLOSED', 'REJECTED') THEN :now
                                                WHEN :to = 'REOPENED' THEN NULL ELSE closed_at END,
                               closed_on_time = CASE WHEN :to = 'CLOSED' AND closed_on_time IS NULL THEN :now <= finish_due
                                                     ELSE closed_on_time END
                        WHERE id = :id AND status = :from AND version = :version
                        RETURNING closed_on_time, request_key""")
                .param("now", now).param("to", target.name()).param("from", c.status().name()).param("id", c.id())
                .param("version", c.version()).param("due", finishDue).query(Moved.class).optional();
    }

    /** Hands a case to a grid (and, if named, one of its grid workers) until {@code due}; the move itself follows. */
    void dispatch(long id, long gridId, Long workerId, OffsetDateTime now, OffsetDateTime due) {
        jdbc.sql("""
                        UPDATE case_record SET grid_id = :grid, handler_id = :worker, dispatched_at = :now, dispatch_due = :due,
                               taken_at = NULL
                        WHERE id = :id""")
                .param("grid", gridId).param("worker", workerId).param("now", now).param("due", due).param("id", id).update();
    }

    /** A grid worker takes a case of their grid; a case not dispatched gets the grid's limit from now. */
    void take(long id, long workerId, long gridId, OffsetDateTime now, OffsetDateTime due) {
        jdbc.sql("""
                        UPDATE case_record SET handler_id = :worker, taken_at = :now, grid_id = :grid,
                               dispatch_due = coalesce(dispatch_due, :due)
                        WHERE id = :id""")
                .param("worker", workerId).param("now", now).param("grid", gridId).param("due", due).param("id", id).update();
    }

    /** The community takes a case back from its grid. */
    void release(long id) {
        jdbc.sql("UPDATE case_record SET grid_id = NULL, handler_id = NULL, dispatched_at = NULL, dispatch_due = NULL, taken_at = NULL"
                + " WHERE id = :id").param("id", id).update();
    }

    /** Marks a case past its finishing limit (the deadline scan, which has just seen the limit pass). */
    void markPastDue(long id) {
        jdbc.sql("UPDATE case_record SET past_due = true WHERE id = :id AND status NOT IN ('CLOSED', 'REJECTED') AND NOT past_due")
                .param("id", id).update();
    }

    long log(long caseId, String actor, String actorName, Role role, CaseStatus from, CaseStatus to, String note, Long departmentId,
             OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO case_log (case_id, at, actor, actor_name, actor_role, from_status, to_status, note, department_id)
                        VALUES (:c, :at, :a, :name, :r, :f, :t, :n, :d) RETURNING id""")
                .param("c", caseId).param("at", at).param("a", actor).param("name", actorName).param("r", role == null ? null : role.name())
                .param("f", from == null ? null : from.name()).param("t", to.name()).param("n", note)
                .param("d", departmentId).query(Long.class).single();
    }

    void savePhoto(long caseId, Long logId, Photo p, String by, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO case_attachment (case_id, log_id, filename, content_type, size_bytes, data, added_by, added_at)
                        VALUES (:c, :l, :f, :t, :s, :d, :b, :at)""")
                .param("c", caseId).param("l", logId).param("f", p.filename()).param("t", p.sniffedType())
                .param("s", p.data().length).param("d", p.data()).param("b", by).param("at", at).update();
    }
}
