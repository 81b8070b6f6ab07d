package org.linli.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation as staff type it: where it sits (the code of a committee or a place below it),
 * and its credit code, which individual businesses may leave empty.
 */
public record OrganisationForm(
        @NotBlank(message = "{registry.organisation.name.required}")
        @Size(max = 100, message = "{registry.organisation.name.too-long}") String name,
        String creditCode,
        @NotNull(message = "{registry.organisation.kind.required}") OrganisationKind kind,
        String placeCode,
        String address,
        @Size(max = 50, message = "{registry.organisation.contact.too-long}") String contact,
        @Pattern(regexp = "\\s*[0-9-]{0,20}\\s*", message = "{registry.organisation.phone.format}") String phone) {

    /** The credit code as stored: upper case, or null when none was given. */
    String code() {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase();
        return code.isEmpty() ? null : code;
    }
}
