package org.linli.deliberation.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A meeting convened on a roll drawn from the registry, as pages show it. {@code urgentReason}
 * says why a villagers' meeting was convened at shorter notice than the law's, and
 * {@code compositionOverride} why a villagers' representatives' meeting was convened on a roster
 * short of the law's shares; both are minuted.
 */
public record Assembly(long id, long committeeId, String divisionPath, String committeeName, MeetingKind kind, Basis basis,
                       LocalDate heldOn, String place, String chair, String recorder, Status status, int entitled,
                       Long meetingId, String createdBy, OffsetDateTime createdAt, int version, String cancelReason,
                       String cancelledBy, String urgentReason, String compositionOverride) {

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

    /** The same meeting with its committee's name, which the division module keeps. */
    Assembly named(String name) {
        return new Assembly(id, committeeId, divisionPath, name, kind, basis, heldOn, place, chair, recorder, status, entitled,
                meetingId, createdBy, createdAt, version, cancelReason, cancelledBy, urgentReason, compositionOverride);
    }
}
