package org.linli.casework.internal;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.linli.casework.CaseStatus;

/** A plain move of the state machine, with the handler's note and photos of what was found or done. */
public record Move(@NotNull(message = "{casework.move.target-required}") CaseStatus to,
                   @Size(max = 500, message = "{casework.note.too-long}") String note,
                   List<Photo> photos) {

    public Move {
        note = note == null ? "" : note.strip();
        photos = photos == null ? List.of() : photos.stream().filter(Objects::nonNull).toList();
    }
}
