package org.linli.volunteers.internal;

import java.time.OffsetDateTime;

/** One line of a volunteer's time-bank ledger: minutes credited (positive) or spent (negative), and why. */
public record BankEntry(long id, int minutes, String reason, OffsetDateTime recordedAt, String recordedBy) {

    public String hours() {
        return Hours.hours(Math.abs(minutes));
    }

    public boolean credit() {
        return minutes > 0;
    }
}
