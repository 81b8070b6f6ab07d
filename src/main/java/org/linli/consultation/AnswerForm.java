package org.linli.consultation;

import jakarta.validation.constraints.NotNull;

/** The publisher's answer to one comment: adopted, partly adopted or not, and why. */
public record AnswerForm(@NotNull(message = "{consultation.answer.required}") Answer answer, String reason) {

    public AnswerForm {
        reason = reason == null ? "" : reason.strip();
    }
}
