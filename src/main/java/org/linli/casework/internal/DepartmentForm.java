package org.linli.casework.internal;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new department: its code (kept in capitals), its name, and the district or street it belongs to. */
public record DepartmentForm(@Pattern(regexp = "[A-Z0-9_-]{2,32}", message = "{casework.department.code-format}") String code,
                             @NotBlank(message = "{casework.department.name-required}")
                             @Size(max = 50, message = "{casework.department.name-required}") String name,
                             String divisionCode) {

    public DepartmentForm {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        name = name == null ? "" : name.strip();
        divisionCode = divisionCode == null ? "" : divisionCode.strip();
    }
}
