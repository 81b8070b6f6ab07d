package org.linli.linkage.organisations;

import java.time.OffsetDateTime;

/** A community social organisation and its filing. */
public record Organisation(long id, long committeeId, String committeePath, String name, OrganisationKind kind, String leader,
                           int members, String purpose, FilingStatus status, String returnReason, String filingNumber,
                           String submittedBy, OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt) {
}
