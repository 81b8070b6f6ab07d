package org.linli.reports.forms;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One field as the committee gives it: the figure (confirmed or corrected) and, for a correction, why. */
public record ValueLine(
        @NotNull(message = "{reports.form.field.required}") Long fieldId,
        @Size(max = 20, message = "{reports.form.value.size}") String value,
        @Size(max = 200, message = "{reports.form.reason.size}") String reason) {
}
