package org.linli.casework.open311;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A key for another system: what the system is called, and the division whose cases it may place and read. */
public record ApiKeyForm(@NotBlank(message = "{casework.api-key.name-required}")
                         @Size(max = 40, message = "{casework.api-key.name-required}") String name,
                         @NotBlank(message = "{casework.api-key.division-required}") String divisionCode) {

    public ApiKeyForm {
        name = name == null ? "" : name.strip();
        divisionCode = divisionCode == null ? "" : divisionCode.strip();
    }
}
