package org.linli.conventions.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A proposal for the red or black list: a member of the household (found in the registry), the list, why. */
public record HonourForm(
        @NotNull(message = "{conventions.award.resident.required}") Long residentId,
        @NotNull(message = "{conventions.list.required}") HonourList list,
        @NotBlank(message = "{conventions.reason.required}") @Size(max = 500, message = "{conventions.reason.length}") String reason) {

    public HonourForm {
        reason = reason == null ? "" : reason.strip();
    }
}
