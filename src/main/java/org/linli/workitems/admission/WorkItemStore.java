package org.linli.workitems.admission;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.linli.shared.DataScope;
import org.linli.workitems.AdmissionStatus;
import org.linli.workitems.WorkItemApplication;
import org.linli.workitems.WorkItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The work items' SQL: filing, deciding, and the lists of the department, the reviewers and the committees. */
@Component
class WorkItemStore {

    /** Admitted work in force on :today placed on the committee at :committee (a target path starts the committee's). */
    private static final String ON_COMMITTEE = """
            status = 'ADMITTED' AND starts_on <= :today AND (ends_on IS NULL OR ends_on >= :today)
            AND EXISTS (SELECT 1 FROM unnest(target_paths) t WHERE starts_with(:committee, t))""";
    /** Admitted work in force touching the scope: placed on it, within it, or on a whole street holding it. */
    private static final String IN_SCOPE = """
            status = 'ADMITTED' AND starts_on <= :today AND (ends_on IS NULL OR ends_on >= :today)
            AND EXISTS (SELECT 1 FROM unnest(target_paths) t WHERE starts_with(t, :scope) OR starts_with(:scope, t))""";

    private final JdbcClient jdbc;

    WorkItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new application, or one refused at once when {@code cited} names the negative list's entry. */
    long insert(long departmentId, String departmentName, String districtPath, WorkItemApplication a, AdmissionStatus status,
                String by, OffsetDateTime at, String reason, NegativeList.NegativeEntry cited) {
        return jdbc.sql("""
                        INSERT INTO work_item (department_id, department_name, district_path, kind, title, content, basis,
                            target_paths, starts_on, ends_on, funding, funding_source, status, applied_by, applied_at,
                            decided_by, decided_at, reason, source_ref, negative_entry_id, negative_entry_number, negative_entry_title)
                        VALUES (:dept, :deptName, :district, :kind, :title, :content, :basis, :targets, :starts, :ends, :funding,
                            :source, :status, :by, :at, :decidedBy, :decidedAt, :reason, :ref, :entryId, :entryNumber, :entryTitle)
                        RETURNING id""")
                .param("dept", departmentId).param("deptName", departmentName).param("district", districtPath)
                .param("kind", a.kind().name()).param("title", a.title().strip()).param("content", a.content().strip())
                .param("basis", a.basis().strip()).param("targets", a.targetPaths().toArray(String[]::new))
                .param("starts", a.startsOn()).param("ends", a.endsOn()).param("funding", a.funding())
                .param("source", blankToNull(a.fundingSource())).param("status", status.name()).param("by", by).param("at", at)
                .param("decidedBy", cited == null ? null : "负面清单").param("decidedAt", cited == null ? null : at)
                .param("reason", reason).param("ref", a.sourceRef())
                .param("entryId", cited == null ? null : cited.id())
                .param("entryNumber", cited == null ? null : cited.number())
                .param("entryTitle", cited == null ? null : cited.title())
                .query(Long.class).single();
    }

    Optional<WorkItemView> find(long id) {
        return jdbc.sql("SELECT * FROM work_item WHERE id = :id").param("id", id).query(WorkItemStore::view).optional();
    }

    /** Decides a pending item; false when it was no longer pending (a second reviewer was quicker). */
    boolean decide(long id, AdmissionStatus status, String by, OffsetDateTime at, String reason) {
        return jdbc.sql("""
                        UPDATE work_item SET status = :status, decided_by = :by, decided_at = :at, reason = :reason
                        WHERE id = :id AND status = 'PENDING'""")
                .param("status", status.name()).param("by", by).param("at", at).param("reason", reason).param("id", id)
                .update() == 1;
    }

    /** Pending applications of the districts in scope, oldest first. */
    List<WorkItemView> pending(DataScope scope, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM work_item WHERE status = 'PENDING' AND district_path LIKE :prefix || '%'
                        ORDER BY applied_at, id LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("limit", limit).param("offset", offset)
                .query(WorkItemStore::view).list();
    }

    long countPending(DataScope scope) {
        return jdbc.sql("SELECT count(*) FROM work_item WHERE status = 'PENDING' AND district_path LIKE :prefix || '%'")
                .param("prefix", scope.prefix()).query(Long.class).single();
    }

    /** A department's own applications, newest first. */
    List<WorkItemView> ofDepartment(long departmentId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM work_item WHERE department_id = :dept
                        ORDER BY applied_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("dept", departmentId).param("limit", limit).param("offset", offset)
                .query(WorkItemStore::view).list();
    }

    long countOfDepartment(long departmentId) {
        return jdbc.sql("SELECT count(*) FROM work_item WHERE department_id = :dept").param("dept", departmentId)
                .query(Long.class).single();
    }

    /** The committee's list of work: admitted items in force on it, by start. */
    List<WorkItemView> onCommittee(String committeePath, LocalDate today, int offset, int limit) {
        return jdbc.sql("SELECT * FROM work_item WHERE " + ON_COMMITTEE + " ORDER BY starts_on DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("committee", committeePath).param("today", today).param("limit", limit).param("offset", offset)
                .query(WorkItemStore::view).list();
    }

    long countOnCommittee(String committeePath, LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM work_item WHERE " + ON_COMMITTEE)
                .param("committee", committeePath).param("today", today).query(Long.class).single();
    }

    /** Admitted items in force that reach into the scope (a street's or the district's view). */
    List<WorkItemView> inScope(DataScope scope, LocalDate today, int offset, int limit) {
        return jdbc.sql("SELECT * FROM work_item WHERE " + IN_SCOPE + " ORDER BY starts_on DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("scope", scope.path()).param("today", today).param("limit", limit).param("offset", offset)
                .query(WorkItemStore::view).list();
    }

    long countInScope(DataScope scope, LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM work_item WHERE " + IN_SCOPE)
                .param("scope", scope.path()).param("today", today).query(Long.class).single();
    }

    /** An item by the applying module's reference, for set-up that must not file twice. */
    Optional<Long> bySourceRef(String sourceRef) {
        return jdbc.sql("SELECT id FROM work_item WHERE source_ref = :ref ORDER BY id LIMIT 1").param("ref", sourceRef)
                .query(Long.class).optional();
    }

    private static WorkItemView view(ResultSet rs, int row) throws SQLException {
        Array targets = rs.getArray("target_paths");
        return new WorkItemView(rs.getLong("id"), rs.getLong("department_id"), rs.getString("department_name"),
                rs.getString("district_path"), WorkItemKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("content"), rs.getString("basis"), Arrays.asList((String[]) targets.getArray()),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getBigDecimal("funding"), rs.getString("funding_source"), AdmissionStatus.valueOf(rs.getString("status")),
                rs.getString("applied_by"), rs.getObject("applied_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("reason"), rs.getString("source_ref"),
                (Integer) rs.getObject("negative_entry_number"), rs.getString("negative_entry_title"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
