package org.linli.conventions.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A household proposed for the red or black list, its notice and appeal period, appeal and publication. */
public record HonourEntry(long id, String committeePath, String divisionPath, long householdId, HonourList list, String reason,
                          HonourStatus status, LocalDate noticeFrom, LocalDate appealUntil, String proposedBy,
                          OffsetDateTime proposedAt, String appealReason, Long appealAccount, OffsetDateTime appealedAt,
                          String appealAnswer, String decidedBy, OffsetDateTime decidedAt, LocalDate publishedOn,
                          String publishedBy) {

    /** Whether the appeal period is still running on the day (its last day included). */
    public boolean inAppealPeriod(LocalDate day) {
        return !day.isAfter(appealUntil);
    }

    /** The first day it may be published: the day after the appeal period ends. */
    public LocalDate publishableFrom() {
        return appealUntil.plusDays(1);
    }
}
