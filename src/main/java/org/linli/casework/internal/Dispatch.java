package org.linli.casework.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A dispatch (派单): the grid, optionally one of its grid workers, and a note for them. */
public record Dispatch(@NotNull(message = "{casework.dispatch.grid-required}") Long grid, Long worker,
                       @Size(max = 300, message = "{casework.note.too-long}") String note) {

    public Dispatch {
        note = note == null ? "" : note.strip();
    }
}
