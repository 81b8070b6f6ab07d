package org.linli.conventions.points;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reason typed for a withdrawal, a contest, an appeal or an answer. */
public record ReasonForm(
        @NotBlank(message = "{conventions.reason.required}") @Size(max = 500, message = "{conventions.reason.length}") String reason) {

    public ReasonForm {
        reason = reason == null ? "" : reason.strip();
    }
}
