package org.linli.services.errands;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A worker's step on an errand: to which status, a note, the documents received or returned (one
 * per line; required for those steps), and the result (required to finish). The version is the
 * one the page showed, so two workers cannot take the same step twice.
 */
public record StepForm(
        @NotBlank(message = "{services.errand.step.required}") String step,
        @Size(max = 1000, message = "{services.errand.note.size}") String note,
        @Size(max = 1000, message = "{services.errand.documents.size}") String documents,
        @Size(max = 1000, message = "{services.errand.result.size}") String result,
        @NotNull(message = "{services.errand.version.required}") Integer version) {
}
