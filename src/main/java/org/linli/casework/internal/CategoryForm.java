package org.linli.casework.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A category's settings as the district edits them: its name, its limits written as
 * {@code 2h}, {@code 7d}, {@code 2wh} or {@code 3wd}, whether a passed limit escalates by itself,
 * the department usually summoned, and whether it is offered.
 */
public record CategoryForm(@NotBlank(message = "{casework.category.name-required}")
                           @Size(max = 30, message = "{casework.category.name-required}") String name,
                           String acceptLimit, String checkinLimit, String reportLimit, String finishLimit,
                           Boolean autoEscalate, String defaultDepartment, Boolean active) {

    public CategoryForm {
        name = strip(name);
        acceptLimit = strip(acceptLimit);
        checkinLimit = strip(checkinLimit);
        reportLimit = strip(reportLimit);
        finishLimit = strip(finishLimit);
        autoEscalate = Boolean.TRUE.equals(autoEscalate);
        defaultDepartment = strip(defaultDepartment);
        active = !Boolean.FALSE.equals(active);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
