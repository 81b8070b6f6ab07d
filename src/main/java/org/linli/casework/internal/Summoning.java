package org.linli.casework.internal;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The street's whistle: the departments it summons ({@code department}, as the form names each box), one of them leading. */
public record Summoning(@NotEmpty(message = "{casework.summon.departments-required}") List<Long> department, Long leading,
                        @Size(max = 500, message = "{casework.note.too-long}") String note) {

    public Summoning {
        department = department == null ? List.of() : List.copyOf(department);
        note = note == null ? "" : note.strip();
    }
}
