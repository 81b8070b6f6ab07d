package org.linli.workitems.admission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The monitoring channel's SQL: reports by committees, listed and counted within a scope. */
@Component
class UnadmittedReportStore {

    private final JdbcClient jdbc;

    UnadmittedReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String committeePath, long departmentId, String departmentName, UnadmittedReportForm form, String by,
                OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO unadmitted_report (committee_path, department_id, department_name, what, pushed_on, evidence,
                                                       reported_by, reported_at)
                        VALUES (:path, :dept, :deptName, :what, :pushed, :evidence, :by, :at) RETURNING id""")
                .param("path", committeePath).param("dept", departmentId).param("deptName", departmentName)
                .param("what", form.what().strip()).param("pushed", form.pushedOn())
                .param("evidence", form.evidence() == null || form.evidence().isBlank() ? null : form.evidence().strip())
                .param("by", by).param("at", at).query(Long.class).single();
    }

    Optional<UnadmittedReport> find(long id, DataScope scope) {
        return jdbc.sql("SELECT * FROM unadmitted_report WHERE id = :id AND committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix()).query(UnadmittedReportStore::report).optional();
    }

    /** Reports within the scope, open ones first, newest first; optionally of one department. */
    List<UnadmittedReport> within(DataScope scope, Long departmentId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM unadmitted_report
                        WHERE committee_path LIKE :prefix || '%' AND (CAST(:dept AS bigint) IS NULL OR department_id = :dept)
                        ORDER BY handled_at IS NOT NULL, reported_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("dept", departmentId, java.sql.Types.BIGINT)
                .param("limit", limit).param("offset", offset).query(UnadmittedReportStore::report).list();
    }

    long count(DataScope scope, Long departmentId) {
        return jdbc.sql("""
                        SELECT count(*) FROM unadmitted_report
                        WHERE committee_path LIKE :prefix || '%' AND (CAST(:dept AS bigint) IS NULL OR department_id = :dept)""")
                .param("prefix", scope.prefix()).param("dept", departmentId, java.sql.Types.BIGINT).query(Long.class).single();
    }

    /** Reports per department within the scope, the most reported first. */
    List<UnadmittedReport.PerDepartment> perDepartment(DataScope scope) {
        return jdbc.sql("""
                        SELECT department_id, min(department_name) AS department_name, count(*) AS reports,
                               count(*) FILTER (WHERE handled_at IS NULL) AS open
                        FROM unadmitted_report WHERE committee_path LIKE :prefix || '%'
                        GROUP BY department_id ORDER BY count(*) DESC, department_id""")
                .param("prefix", scope.prefix())
                .query((rs, i) -> new UnadmittedReport.PerDepartment(rs.getLong("department_id"), rs.getString("department_name"),
                        rs.getLong("reports"), rs.getLong("open")))
                .list();
    }

    boolean handle(long id, String by, OffsetDateTime at, String note) {
        return jdbc.sql("""
                        UPDATE unadmitted_report SET handled_by = :by, handled_at = :at, handled_note = :note
                        WHERE id = :id AND handled_at IS NULL""")
                .param("by", by).param("at", at).param("note", note).param("id", id).update() == 1;
    }

    private static UnadmittedReport report(ResultSet rs, int row) throws SQLException {
        return new UnadmittedReport(rs.getLong("id"), rs.getString("committee_path"), rs.getLong("department_id"),
                rs.getString("department_name"), rs.getString("what"), rs.getObject("pushed_on", LocalDate.class),
                rs.getString("evidence"), rs.getString("reported_by"), rs.getObject("reported_at", OffsetDateTime.class),
                rs.getString("handled_by"), rs.getObject("handled_at", OffsetDateTime.class), rs.getString("handled_note"));
    }
}
