package org.linli.deliberation.meetings;

import jakarta.validation.constraints.Size;

/** Why a meeting that has not closed is cancelled (the reason stays on record). */
public record CancelMeeting(@Size(min = 2, max = 200, message = "{deliberation.cancel.reason}") String reason) {

    public CancelMeeting {
        reason = reason == null ? "" : reason.strip();
    }
}
