package org.linli.volunteers.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The committee registers a volunteer: by ID number when they live in the committee (the registry
 * gives the name), otherwise by name and mobile number; with their skills.
 */
public record RegisterVolunteer(@Size(max = 50, message = "{volunteers.name.long}") String name,
                                @Size(max = 18, message = "{volunteers.id-number.invalid}") String idNumber,
                                @Size(max = 20, message = "{volunteers.phone.invalid}") String phone,
                                List<Skill> skills) {

    public RegisterVolunteer {
        name = name == null ? "" : name.strip();
        idNumber = idNumber == null ? "" : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
        phone = phone == null ? "" : phone.strip();
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
