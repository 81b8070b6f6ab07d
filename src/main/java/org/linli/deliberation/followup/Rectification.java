package org.linli.deliberation.followup;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A topic flagged 需整改 and how far its rectification has come. */
public record Rectification(long topicId, String cause, String reason, String flaggedBy, OffsetDateTime flaggedAt, String plan,
                            String plannedBy, String result, String reportedBy, String confirmedBy, OffsetDateTime confirmedAt,
                            String returnedReason, String returnedResult, String returnedBy, OffsetDateTime returnedAt) {

    public String stateLabel() {
        return confirmedBy != null ? "已整改" : result != null ? "整改待街道确认" : returnedReason != null ? "街道退回，重新整改"
                : plan != null ? "整改中" : "需整改";
    }

    /** Sent back by the street and not yet reported again. */
    public boolean returned() {
        return returnedReason != null && result == null && confirmedBy == null;
    }

    public LocalDateTime localReturnedAt() {
        return Times.local(returnedAt);
    }

    public boolean open() {
        return confirmedBy == null;
    }

    public String causeLabel() {
        return "STREET".equals(cause) ? "街道评定" : "代表评价";
    }

    public LocalDateTime localConfirmedAt() {
        return Times.local(confirmedAt);
    }
}
