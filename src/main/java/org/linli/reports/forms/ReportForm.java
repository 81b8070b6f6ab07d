package org.linli.reports.forms;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.reports.templates.ApprovalLevel;

/**
 * A committee's form for a request, with what the page needs of its request and template: the
 * period, the deadline, the approval levels; {@code level} counts the levels already passed.
 */
public record ReportForm(long id, long requestId, long templateId, String templateName, long departmentId,
                         String committeePath, FormStatus status, int level, int returnedCount, boolean late,
                         OffsetDateTime submittedAt, OffsetDateTime approvedAt, LocalDate periodFrom, LocalDate periodTo,
                         LocalDate deadline, List<ApprovalLevel> levels) {

    /** The level the form waits at, or null when it waits for no one. */
    public ApprovalLevel waitingAt() {
        return status == FormStatus.SUBMITTED && level < levels.size() ? levels.get(level) : null;
    }

    public boolean overdue(LocalDate today) {
        return status.open() && today.isAfter(deadline);
    }
}
