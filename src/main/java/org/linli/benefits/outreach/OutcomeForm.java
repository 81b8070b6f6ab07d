package org.linli.benefits.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An outcome as the task's form sends it: which, on which day (yyyy-MM-dd, typed as text so that
 * a wrong one comes back as typed), and a note — the reason, required when the resident is found
 * not eligible after all.
 */
public record OutcomeForm(
        @NotBlank(message = "{benefits.outreach.outcome.required}") String outcome,
        @NotBlank(message = "{benefits.outreach.day.required}") String onDay,
        @Size(max = 200, message = "{benefits.outreach.note.too-long}") String note) {
}
