package org.linli.conventions.charter;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A convention's draft as the worker types it, with the deadline for residents' comments. */
public record ConventionForm(
        @NotBlank(message = "{conventions.convention.title.length}") @Size(min = 4, max = 100, message = "{conventions.convention.title.length}")
        String title,
        @NotBlank(message = "{conventions.convention.body.required}") String body,
        @NotNull(message = "{conventions.convention.deadline.required}") LocalDateTime deadline) {

    public ConventionForm {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
    }
}
