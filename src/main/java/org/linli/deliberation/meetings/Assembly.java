package org.linli.deliberation;

import java.time.LocalDate;

/** A meeting convened on a roll drawn from the registry, as pages show it. */
public record Assembly(long id, long committeeId, String divisionPath, String committeeName, MeetingKind kind, Basis basis,
                       LocalDate heldOn, String place, String chair, String recorder, Status status, int entitled,
                       Long meetingId, String createdBy, int version, String cancelReason, String cancelledBy) {

    /** Signing in, then voting (in the hall and online), then closed with its minutes; or cancelled before it closed. */
    public enum Status {
        SIGN_IN("签到中"), VOTING("表决中"), CLOSED("已结束"), CANCELLED("已取消");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String title() {
        return heldOn + " " + kind.label();
    }

    /** Whether sign-in or voting may still happen: neither closed nor cancelled. */
    public boolean open() {
        return status == Status.SIGN_IN || status == Status.VOTING;
    }

    /** Whether the rule counts households rather than persons. */
    public boolean perHousehold() {
        return basis == Basis.HOUSEHOLDS;
    }
}
