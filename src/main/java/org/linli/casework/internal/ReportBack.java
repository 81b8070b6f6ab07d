package org.linli.casework.internal;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Size;


/** What a summoned department did, in words and photos. */
public record ReportBack(@Size(min = 5, max = 1000, message = "{casework.report.size}") String note, List<Photo> photos) {

    public ReportBack {
        note = note == null ? "" : note.strip();
        photos = photos == null ? List.of() : photos.stream().filter(Objects::nonNull).toList();
    }
}
