package org.linli.gridwork.meeting;

import java.time.LocalDate;
import java.util.List;

/** A recorded grid meeting with its attendees' names and its matters. */
public record GridMeeting(long id, long committeeId, String committeePath, LocalDate heldOn, String recordedBy,
                          List<String> attendees, List<Matter> matters) {

    /** A matter raised; {@code passedUp} when it went to the street. */
    public record Matter(long id, long meetingId, String committeePath, LocalDate heldOn, String text, boolean passedUp) {
    }

    /** A meeting in a list: counts only. */
    public record Line(long id, long committeeId, String committeePath, LocalDate heldOn, int attendees, int matters, int passedUp) {
    }
}
