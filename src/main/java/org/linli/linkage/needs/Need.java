package org.linli.linkage.needs;

import java.time.OffsetDateTime;

import org.linli.linkage.ServiceKind;

/** A listed need, with the best resource suggested for it while it is open (or null). */
public record Need(long id, long committeeId, String committeePath, String placePath, ServiceKind kind, String title, String detail,
                   int people, String status, OffsetDateTime recordedAt, Suggestion best) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public String statusLabel() {
        return open() ? "待对接" : "已立项";
    }
}
