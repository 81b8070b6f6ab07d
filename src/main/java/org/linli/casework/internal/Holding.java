package org.linli.casework.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.casework.Extensions;
import org.linli.shared.Times;

/** The limit a user holds on a case and may ask to extend, and the latest date it may move to. */
public record Holding(Long summonsId, Long departmentId, String departmentName, OffsetDateTime due, OffsetDateTime latest) {

    public String what() {
        return Extensions.limitName(departmentName);
    }

    public boolean passed(OffsetDateTime now) {
        return !now.isBefore(due);
    }

    public LocalDateTime localDue() {
        return Times.local(due);
    }

    public LocalDateTime localLatest() {
        return Times.local(latest);
    }
}
