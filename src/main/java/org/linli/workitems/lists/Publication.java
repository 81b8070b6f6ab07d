package org.linli.workitems.lists;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Publishing the draft seen on the page as {@code version} from a day (today or later).
 *
 * @param note what changed, for the versions' list (optional)
 */
public record Publication(@NotNull(message = "{workitems.list.version.required}") Integer version,
                          @NotNull(message = "{workitems.list.effective-from.required}") LocalDate effectiveFrom,
                          @Size(max = 400, message = "{workitems.list.note.size}") String note) {
}
