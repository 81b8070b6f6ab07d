package org.linli.gridwork.meeting;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A grid meeting as recorded: the day, the committee's grid workers present (account ids), anyone
 * else present typed by name (one per line, or separated by 、 , ；), the matters raised in order, and
 * the positions (0-based) of those passed up to the street.
 */
public record MeetingForm(
        @NotNull(message = "{gridwork.meeting.held-on.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        List<Long> attendee,
        @Size(max = 1000, message = "{gridwork.meeting.others.too-long}") String others,
        List<String> matter,
        List<Integer> passedUp) {

    public MeetingForm {
        attendee = attendee == null ? List.of() : attendee.stream().filter(java.util.Objects::nonNull).distinct().toList();
        others = others == null ? "" : others.strip();
        matter = matter == null ? List.of() : matter.stream().map(m -> m == null ? "" : m.strip()).toList();
        passedUp = passedUp == null ? List.of() : passedUp.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The names typed for attendees who are not grid workers of the committee. */
    List<String> otherNames() {
        return java.util.Arrays.stream(others.split("[\\n\\r、,，;；]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
