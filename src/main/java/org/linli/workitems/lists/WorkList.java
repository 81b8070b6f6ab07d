package org.linli.workitems.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One version of one list of a region (a district): a draft while it has no effective date; once
 * published it applies from its effective date until a later published version's, and never changes.
 */
public record WorkList(long id, String regionPath, ListKind kind, int version, LocalDate effectiveFrom, String note,
                       OffsetDateTime publishedAt, String publishedBy, OffsetDateTime createdAt, String createdBy) {

    public boolean draft() {
        return effectiveFrom == null;
    }

    /** Published with a day still to come. */
    public boolean pending(LocalDate today) {
        return effectiveFrom != null && effectiveFrom.isAfter(today);
    }
}
