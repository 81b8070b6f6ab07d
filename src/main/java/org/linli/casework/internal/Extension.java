package org.linli.casework.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.casework.Extensions;
import org.linli.shared.Role;
import org.linli.shared.Times;

/** One request for more time (延期) and, once decided, the street's decision. */
public record Extension(long id, long caseId, Long summonsId, Long departmentId, String departmentName, OffsetDateTime oldDue,
                        OffsetDateTime newDue, String reason, String requestedBy, Long requestedById, String requestedRole,
                        OffsetDateTime requestedAt, State status, String decidedBy, OffsetDateTime decidedAt,
                        String decisionNote) {

    public enum State {
        PENDING("待审批"), APPROVED("已批准"), REFUSED("不予批准"), LAPSED("已失效");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Waiting for the street, with the limit it would move not yet passed. */
    public boolean live(OffsetDateTime now) {
        return status == State.PENDING && now.isBefore(oldDue);
    }

    /** A request whose limit passed while it waited shows as lapsed. */
    public State shown(OffsetDateTime now) {
        return status == State.PENDING && !live(now) ? State.LAPSED : status;
    }

    public String what() {
        return Extensions.limitName(departmentName);
    }

    public String roleLabel() {
        return Role.valueOf(requestedRole).label();
    }

    public LocalDateTime localOldDue() {
        return Times.local(oldDue);
    }

    public LocalDateTime localNewDue() {
        return Times.local(newDue);
    }

    public LocalDateTime localRequestedAt() {
        return Times.local(requestedAt);
    }

    public LocalDateTime localDecidedAt() {
        return Times.local(decidedAt);
    }
}
