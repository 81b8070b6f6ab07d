package org.linli.volunteers.internal;

import java.time.OffsetDateTime;

import org.linli.shared.Masks;

/** A volunteer's attendance at an activity, with the activity's title and start for lists. */
public record Attendance(long id, long activityId, long volunteerId, String volunteerName, OffsetDateTime signedInAt,
                         OffsetDateTime signedOutAt, Integer minutes, String status, String note, String activityTitle,
                         OffsetDateTime activityStartsAt) {

    public String statusLabel() {
        return switch (status) {
            case "SIGNED_IN" -> "已签到";
            case "SIGNED_OUT" -> "已签退";
            case "UNCONFIRMED" -> "待确认";
            default -> "已认证";
        };
    }

    public String hours() {
        return minutes == null ? "" : Hours.hours(minutes);
    }

    public String maskedName() {
        return Masks.name(volunteerName);
    }
}
