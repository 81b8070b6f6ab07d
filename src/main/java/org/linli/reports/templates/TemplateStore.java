package org.linli.reports.templates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of templates and their fields. */
@Repository
class TemplateStore {

    private static final String TEMPLATE = """
            SELECT t.id, t.department_id, t.region_path, t.name, t.purpose, t.status, t.work_item_id, t.approval_levels,
                   t.refusal_reason, t.created_at, t.created_by FROM report_template t""";

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long departmentId, String regionPath, String name, String purpose, String levels, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        INSERT INTO report_template (department_id, region_path, name, purpose, approval_levels, created_at, created_by)
                        VALUES (:d, :r, :n, :p, :l, :at, :by) RETURNING id""")
                .param("d", departmentId).param("r", regionPath).param("n", name).param("p", purpose).param("l", levels)
                .param("at", at).param("by", by).query(Long.class).single();
    }

    /** Changes name, purpose and levels of a template still editable; false when it no longer is. */
    boolean update(long id, String name, String purpose, String levels) {
        return jdbc.sql("""
                        UPDATE report_template SET name = :n, purpose = :p, approval_levels = :l
                        WHERE id = :id AND status IN ('DRAFT', 'REFUSED')""")
                .param("n", name).param("p", purpose).param("l", levels).param("id", id).update() == 1;
    }

    /** Replaces the fields (a template is edited only before any request exists, so no value names them). */
    void replaceFields(long templateId, List<ReportField> fields) {
        jdbc.sql("DELETE FROM report_field WHERE template_id = :t").param("t", templateId).update();
        for (ReportField f : fields) {
            jdbc.sql("""
                            INSERT INTO report_field (template_id, position, label, unit, measure_code, heading)
                            VALUES (:t, :pos, :label, :unit, :code, :heading)""")
                    .param("t", templateId).param("pos", f.position()).param("label", f.label()).param("unit", f.unit())
                    .param("code", f.measureCode()).param("heading", f.heading()).update();
        }
    }

    /** Marks the template applied for, if it still is editable. */
    boolean applied(long id, long workItemId) {
        return jdbc.sql("""
                        UPDATE report_template SET status = 'PENDING', work_item_id = :w, refusal_reason = NULL
                        WHERE id = :id AND status IN ('DRAFT', 'REFUSED')""")
                .param("w", workItemId).param("id", id).update() == 1;
    }

    /** Records the decision on the template that applied with this work item; false when none did (or it moved on). */
    boolean decided(long id, long workItemId, TemplateStatus status, String reason) {
        return jdbc.sql("""
                        UPDATE report_template SET status = :s, refusal_reason = :r
                        WHERE id = :id AND work_item_id = :w AND status = 'PENDING'""")
                .param("s", status.name()).param("r", reason).param("id", id).param("w", workItemId).update() == 1;
    }

    Optional<ReportTemplate> find(long id) {
        return jdbc.sql(TEMPLATE + " WHERE t.id = :id").param("id", id).query(TemplateStore::template).optional()
                .map(t -> t.withFields(fields(t.id())));
    }

    /** Templates of departments placed above or within the scope (a district's departments for its streets). */
    List<ReportTemplate> visible(String scopePath, String prefix) {
        List<ReportTemplate> list = jdbc.sql(TEMPLATE + """
                         WHERE t.region_path LIKE :prefix || '%' OR starts_with(:path, t.region_path)
                        ORDER BY t.created_at DESC, t.id DESC LIMIT 200""")
                .param("prefix", prefix).param("path", scopePath).query(TemplateStore::template).list();
        Map<Long, List<ReportField>> fields = fieldsOf(list.stream().map(ReportTemplate::id).toList());
        return list.stream().map(t -> t.withFields(fields.getOrDefault(t.id(), List.of()))).toList();
    }

    List<ReportField> fields(long templateId) {
        return fieldsOf(List.of(templateId)).getOrDefault(templateId, List.of());
    }

    private Map<Long, List<ReportField>> fieldsOf(List<Long> templateIds) {
        Map<Long, List<ReportField>> byTemplate = new LinkedHashMap<>();
        if (templateIds.isEmpty()) {
            return byTemplate;
        }
        jdbc.sql("""
                        SELECT template_id, id, position, label, unit, measure_code, heading FROM report_field
                        WHERE template_id IN (:ids) ORDER BY template_id, position""")
                .param("ids", templateIds).query((ResultSet rs) -> {
                    byTemplate.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ReportField(rs.getLong(2),
                            rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                });
        return byTemplate;
    }

    private static ReportTemplate template(ResultSet rs, int n) throws SQLException {
        Long workItem = (Long) rs.getObject("work_item_id");
        List<ApprovalLevel> levels = Arrays.stream(rs.getString("approval_levels").split(",")).map(ApprovalLevel::valueOf).toList();
        return new ReportTemplate(rs.getLong("id"), rs.getLong("department_id"), rs.getString("region_path"), rs.getString("name"),
                rs.getString("purpose"), TemplateStatus.valueOf(rs.getString("status")), workItem, levels,
                rs.getString("refusal_reason"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                List.of());
    }
}
