package org.linli.casework;

import java.time.OffsetDateTime;

/** A case was closed (办结); {@code requestKey} as in {@link CaseOpened}. */
public record CaseClosed(long caseId, String number, String divisionPath, OffsetDateTime closedAt, boolean onTime,
                         String requestKey) {
}
