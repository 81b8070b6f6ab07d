package org.linli.workitems.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.workitems.Admission;
import org.linli.workitems.AdmissionStatus;
import org.linli.workitems.WorkItemKind;

/** A work item with its application and decision, as the module's pages show it. */
public record WorkItemView(long id, long departmentId, String departmentName, String districtPath, WorkItemKind kind,
                           String title, String content, String basis, List<String> targetPaths, LocalDate startsOn,
                           LocalDate endsOn, BigDecimal funding, String fundingSource, AdmissionStatus status,
                           String appliedBy, OffsetDateTime appliedAt, String decidedBy, OffsetDateTime decidedAt,
                           String reason, String sourceRef, Integer negativeNumber, String negativeTitle) {

    public Admission admission() {
        return new Admission(id, kind, departmentId, title, status, targetPaths, startsOn, endsOn, funding, reason, sourceRef);
    }

    /** Refused at once by the negative list rather than by a reviewer. */
    public boolean refusedByList() {
        return negativeNumber != null;
    }
}
