package org.linli.benefits.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A version of a benefit's eligibility rule. A draft has no effective date and may be saved again;
 * once published it is never changed, and it is in force from its effective date until a later
 * published one's. {@code matchedAt} says when the benefit was matched in bulk under it.
 */
public record RuleVersion(long id, long benefitId, int version, String source, LocalDate effectiveFrom,
                          OffsetDateTime publishedAt, String publishedBy, OffsetDateTime createdAt, String createdBy,
                          OffsetDateTime matchedAt) {

    public boolean draft() {
        return effectiveFrom == null;
    }

    /** Published and in force or due on {@code day} or before. */
    public boolean effectiveOn(LocalDate day) {
        return effectiveFrom != null && !effectiveFrom.isAfter(day);
    }
}
