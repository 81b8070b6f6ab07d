package org.linli.reports.templates;

import java.time.OffsetDateTime;
import java.util.List;

/** A department's report template with its fields in order and its approval levels. */
public record ReportTemplate(long id, long departmentId, String regionPath, String name, String purpose,
                             TemplateStatus status, Long workItemId, List<ApprovalLevel> levels, String refusalReason,
                             OffsetDateTime createdAt, String createdBy, List<ReportField> fields) {

    public boolean twoLevels() {
        return levels.size() > 1;
    }

    /** The number of typed fields each committee fills by hand. */
    public long typedCount() {
        return fields.stream().filter(f -> !f.measured()).count();
    }

    ReportTemplate withFields(List<ReportField> list) {
        return new ReportTemplate(id, departmentId, regionPath, name, purpose, status, workItemId, levels, refusalReason,
                createdAt, createdBy, List.copyOf(list));
    }
}
