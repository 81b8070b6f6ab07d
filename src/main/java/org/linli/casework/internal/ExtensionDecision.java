package org.linli.casework.internal;

import jakarta.validation.constraints.Size;

/** The street's note on a request: optional when approving, the reason when refusing. */
public record ExtensionDecision(@Size(max = 200, message = "{casework.extension.note-too-long}") String note) {

    public ExtensionDecision {
        note = note == null ? "" : note.strip();
    }
}
