package org.linli.linkage.needs;

import java.time.OffsetDateTime;

import org.linli.linkage.ServiceKind;

/** A listed community resource. */
public record Resource(long id, long committeeId, String committeePath, String placePath, ServiceKind kind, String title,
                       String provider, String detail, OffsetDateTime recordedAt) {
}
