package org.linli.deliberation.meetings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting recorded with typed counts, for meetings whose members are not in the registry (the
 * two committees' joint meeting) or a paper meeting recorded afterwards: attendance (for a
 * villagers' meeting by household, also households and those represented) and the vote.
 */
public record RecordMeeting(@NotNull(message = "{deliberation.meeting.form}") MeetingKind kind,
                            @NotNull(message = "{deliberation.meeting.form}") LocalDate heldOn,
                            @NotBlank(message = "{deliberation.meeting.chair}") @Size(max = 50, message = "{deliberation.meeting.chair}") String chair,
                            @NotBlank(message = "{deliberation.meeting.chair}") @Size(max = 50, message = "{deliberation.meeting.chair}") String recorder,
                            @NotNull(message = "{deliberation.meeting.form}") Integer entitled,
                            @NotNull(message = "{deliberation.meeting.form}") Integer present,
                            Integer households, Integer householdsRepresented,
                            Integer votesFor, Integer votesAgainst, Integer abstaining) {

    public RecordMeeting {
        chair = chair == null ? "" : chair.strip();
        recorder = recorder == null ? "" : recorder.strip();
        households = households == null ? 0 : households;
        householdsRepresented = householdsRepresented == null ? 0 : householdsRepresented;
        votesAgainst = votesAgainst == null ? 0 : votesAgainst;
        abstaining = abstaining == null ? 0 : abstaining;
    }
}
