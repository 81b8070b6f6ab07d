package org.linli.volunteers.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an activity is cancelled (volunteers who signed up see it). */
public record CancelActivity(@NotBlank(message = "{volunteers.activity.cancel-reason.required}")
                             @Size(max = 200, message = "{volunteers.activity.cancel-reason.long}") String reason) {
}
