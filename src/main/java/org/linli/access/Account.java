package org.linli.access;

import java.time.OffsetDateTime;

import org.linli.shared.Role;

/** A sign-in account: one person, one role, one division node that bounds what they see. */
public record Account(long id, String username, String displayName, Role role, long divisionId, String divisionPath,
                      boolean enabled, int failedAttempts, OffsetDateTime lockedUntil, OffsetDateTime createdAt) {

    public java.time.LocalDateTime localCreatedAt() {
        return org.linli.shared.Times.local(createdAt);
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
