package org.linli.reports.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One issue of a template to committees: the period it covers, the committees asked and the deadline. */
public record ReportRequest(long id, long templateId, String templateName, long departmentId, LocalDate periodFrom,
                            LocalDate periodTo, LocalDate deadline, List<String> targetPaths, OffsetDateTime issuedAt,
                            String issuedBy, Tally tally) {

    /** How the request's forms stand (within the reader's scope). */
    public record Tally(long forms, long submitted, long approved, long late, long returned) {
    }

    public boolean overdue(LocalDate today) {
        return today.isAfter(deadline);
    }
}
