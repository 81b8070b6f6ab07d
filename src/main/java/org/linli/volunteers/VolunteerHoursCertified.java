package org.linli.volunteers;

import java.time.LocalDate;

/**
 * A volunteer's hours at one activity were certified: counted from sign-in to sign-out (or as the
 * organiser corrected a forgotten sign-out) and confirmed. {@code residentId} is the registry record
 * the volunteer is tied to, or null when they do not live in the district; {@code committeePath} is
 * the path of the committee that ran the activity.
 */
public record VolunteerHoursCertified(long attendanceId, long volunteerId, Long residentId, long activityId,
                                      String committeePath, int minutes, LocalDate day) {
}
