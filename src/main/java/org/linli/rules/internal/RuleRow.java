package org.linli.rules.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One stored value of a rule: for a subject ('' for none), a region (a division path) from a date on. */
public record RuleRow(long id, String ruleKey, String subject, String regionPath, String value, LocalDate effectiveFrom,
                      String source, String note, String setBy, OffsetDateTime setAt) {

    /** Whether this row can apply to the division at {@code path}: it is set for that division or one above it. */
    public boolean covers(String path) {
        return path.startsWith(regionPath);
    }
}
