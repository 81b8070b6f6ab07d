package org.linli.consultation;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A draft as staff type it: the division whose residents are asked (its code), a title, the text
 * (one paragraph a line) and the deadline in the configured zone.
 */
public record DraftForm(
        @NotBlank(message = "{consultation.division.required}") String division,
        @NotBlank(message = "{consultation.title.length}") @Size(min = 4, max = 100, message = "{consultation.title.length}")
        String title,
        @NotBlank(message = "{consultation.body.required}") String body,
        @NotNull(message = "{consultation.deadline.required}") @AfterNow(message = "{consultation.deadline.past}")
        LocalDateTime deadline) {

    public DraftForm {
        division = division == null ? "" : division.strip();
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
    }
}
