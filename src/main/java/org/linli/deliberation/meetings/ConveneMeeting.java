package org.linli.deliberation.meetings;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting the committee's worker convenes on a roll: what kind of meeting, made of whom, when
 * and where, who chairs and records it, and the topics on its agenda. A villagers' meeting at
 * less than the law's notice must be marked urgent with a reason; a villagers' representatives'
 * meeting on a roster short of the law's shares needs a reason to be convened all the same. Both
 * reasons are minuted.
 */
public record ConveneMeeting(@NotNull(message = "{deliberation.convene.kind.required}") MeetingKind kind,
                             @NotNull(message = "{deliberation.convene.basis.required}") Basis basis,
                             @NotNull(message = "{deliberation.convene.date.required}") LocalDate heldOn,
                             @NotBlank(message = "{deliberation.convene.place}") @Size(max = 100, message = "{deliberation.convene.place}") String place,
                             @NotBlank(message = "{deliberation.convene.chair}") @Size(max = 50, message = "{deliberation.convene.chair}") String chair,
                             @NotBlank(message = "{deliberation.convene.recorder}") @Size(max = 50, message = "{deliberation.convene.recorder}") String recorder,
                             @NotEmpty(message = "{deliberation.convene.topics.required}") List<Long> topics,
                             Boolean urgent,
                             @Size(max = 200, message = "{deliberation.convene.reason.too-long}") String urgentReason,
                             @Size(max = 200, message = "{deliberation.convene.reason.too-long}") String compositionReason) {

    public ConveneMeeting {
        place = place == null ? "" : place.strip();
        chair = chair == null ? "" : chair.strip();
        recorder = recorder == null ? "" : recorder.strip();
        topics = topics == null ? List.of() : topics.stream().distinct().toList();
        urgent = urgent != null && urgent;
        urgentReason = urgentReason == null ? "" : urgentReason.strip();
        compositionReason = compositionReason == null ? "" : compositionReason.strip();
    }
}
