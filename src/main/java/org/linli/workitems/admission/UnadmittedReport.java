package org.linli.workitems.admission;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A committee's report of unadmitted work, as the committee, its street and the district see it. */
public record UnadmittedReport(long id, String committeePath, long departmentId, String departmentName, String what,
                               LocalDate pushedOn, String evidence, String reportedBy, OffsetDateTime reportedAt,
                               String handledBy, OffsetDateTime handledAt, String handledNote) {

    public boolean handled() {
        return handledAt != null;
    }

    /** How many reports name one department, and how many of them are not handled yet. */
    public record PerDepartment(long departmentId, String departmentName, long reports, long open) {
    }
}
