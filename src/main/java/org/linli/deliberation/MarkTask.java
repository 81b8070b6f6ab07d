package org.linli.deliberation;

import jakarta.validation.constraints.Size;

/** A task marked in progress or done, with a note of what was done (required for done). */
public record MarkTask(TaskStatus status, @Size(max = 500, message = "{deliberation.task.note.too-long}") String note) {

    public MarkTask {
        note = note == null ? "" : note.strip();
    }
}
