package org.linli.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A committee's record as a legal person (居村委会法人) as staff type it. */
public record CommitteeEntityForm(
        String creditCode,
        @NotBlank(message = "{registry.entity.director.required}") String director,
        @NotNull(message = "{registry.entity.established-on.required}") LocalDate establishedOn,
        LocalDate termStart,
        LocalDate termEnd,
        @Size(max = 500, message = "{registry.entity.members.too-long}") String members) {
}
