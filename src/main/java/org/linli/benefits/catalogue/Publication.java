package org.linli.benefits.catalogue;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Publishing the draft as it was previewed ({@code version}) from a day, today or later. */
public record Publication(@NotNull(message = "{benefits.rule.version.required}") Integer version,
                          @NotNull(message = "{benefits.rule.effective-from.required}") LocalDate effectiveFrom) {
}
