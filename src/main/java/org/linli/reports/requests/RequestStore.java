package org.linli.reports.requests;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.reports.templates.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of requests: issuing with their forms and pre-filled values, and the requests a viewer reads. */
@Repository
class RequestStore {

    /** A request with its template and how its forms the viewer reads stand. */
    private static final String REQUEST = """
            SELECT r.id, r.template_id, t.name, t.department_id, r.period_from, r.period_to, r.deadline, r.target_paths,
                   r.issued_at, r.issued_by, count(f.id) AS forms,
                   count(f.id) FILTER (WHERE f.status IN ('SUBMITTED', 'APPROVED')) AS submitted,
                   count(f.id) FILTER (WHERE f.status = 'APPROVED') AS approved,
                   count(f.id) FILTER (WHERE f.late OR (f.status IN ('OPEN', 'RETURNED') AND r.deadline < :today)) AS late,
                   count(f.id) FILTER (WHERE f.returned_count > 0) AS returned
              FROM report_request r JOIN report_template t ON t.id = r.template_id
              JOIN report_form f ON f.request_id = r.id AND """;

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long templateId, LocalDate from, LocalDate to, LocalDate deadline, String[] targets, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        INSERT INTO report_request (template_id, period_from, period_to, deadline, target_paths, issued_at, issued_by)
                        VALUES (:t, :from, :to, :deadline, CAST(:targets AS text[]), :at, :by) RETURNING id""")
                .param("t", templateId).param("from", from).param("to", to).param("deadline", deadline)
                .param("targets", targets).param("at", at).param("by", by).query(Long.class).single();
    }

    /** One open form per committee: committee path → form id. */
    Map<String, Long> insertForms(long requestId, String[] committeePaths) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("""
                        INSERT INTO report_form (request_id, committee_path)
                        SELECT :r, unnest(CAST(:paths AS text[])) RETURNING id, committee_path""")
                .param("r", requestId).param("paths", committeePaths)
                .query((ResultSet rs) -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return ids;
    }

    /** Every form's values in one statement: the computed value also as the value, until the committee corrects it. */
    void insertValues(Long[] formIds, Long[] fieldIds, BigDecimal[] computed) {
        jdbc.sql("""
                        INSERT INTO report_value (form_id, field_id, computed, value)
                        SELECT v.form_id, v.field_id, v.computed, v.computed
                          FROM unnest(CAST(:forms AS bigint[]), CAST(:fields AS bigint[]), CAST(:computed AS numeric[]))
                               AS v(form_id, field_id, computed)""")
                .param("forms", formIds).param("fields", fieldIds).param("computed", computed).update();
    }

    /** The requests with a form the viewer reads, newest first. */
    List<ReportRequest> list(Viewer viewer, LocalDate today, int limit) {
        return viewer.bind(jdbc.sql(REQUEST + " " + viewer.formsVisible() + " " + """
                         GROUP BY r.id, t.name, t.department_id ORDER BY r.issued_at DESC, r.id DESC LIMIT :limit"""))
                .param("today", today).param("limit", limit).query(RequestStore::request).list();
    }

    /** A request the viewer reads (at least one of its forms), with the tally of those forms. */
    Optional<ReportRequest> find(long id, Viewer viewer, LocalDate today) {
        return viewer.bind(jdbc.sql(REQUEST + " " + viewer.formsVisible() + " " + """
                         WHERE r.id = :id GROUP BY r.id, t.name, t.department_id"""))
                .param("id", id).param("today", today).query(RequestStore::request).optional();
    }

    private static ReportRequest request(ResultSet rs, int n) throws SQLException {
        Array targets = rs.getArray("target_paths");
        return new ReportRequest(rs.getLong("id"), rs.getLong("template_id"), rs.getString("name"), rs.getLong("department_id"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), Arrays.asList((String[]) targets.getArray()),
                rs.getObject("issued_at", OffsetDateTime.class), rs.getString("issued_by"),
                new ReportRequest.Tally(rs.getLong("forms"), rs.getLong("submitted"), rs.getLong("approved"), rs.getLong("late"),
                        rs.getLong("returned")));
    }
}
