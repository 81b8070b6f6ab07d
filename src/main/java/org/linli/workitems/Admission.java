package org.linli.workitems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A work item as decided: admitted work may be placed on the committees under its target paths
 * between its first and last day.
 */
public record Admission(long id, WorkItemKind kind, long departmentId, String title, AdmissionStatus status,
                        List<String> targetPaths, LocalDate startsOn, LocalDate endsOn, BigDecimal funding,
                        String reason, String sourceRef) {

    /** Whether the work may be placed on the committee at {@code committeePath} on {@code day}. */
    public boolean admits(String committeePath, LocalDate day) {
        return status == AdmissionStatus.ADMITTED
                && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn))
                && targetPaths.stream().anyMatch(committeePath::startsWith);
    }
}
