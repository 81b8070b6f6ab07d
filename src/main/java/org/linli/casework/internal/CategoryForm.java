package org.linli.casework.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A category's settings as the district edits them on the catalogue: its name, whether a passed
 * limit escalates by itself, the department usually summoned, and whether it is offered. Its time
 * limits are set in the rule book, for a region from a date on.
 */
public record CategoryForm(@NotBlank(message = "{casework.category.name-required}")
                           @Size(max = 30, message = "{casework.category.name-required}") String name,
                           Boolean autoEscalate, String defaultDepartment, Boolean active) {

    public CategoryForm {
        name = name == null ? "" : name.strip();
        autoEscalate = Boolean.TRUE.equals(autoEscalate);
        defaultDepartment = defaultDepartment == null ? "" : defaultDepartment.strip();
        active = !Boolean.FALSE.equals(active);
    }
}
