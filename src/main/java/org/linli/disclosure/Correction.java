package org.linli.disclosure;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction of a posting: the corrected title and text, why it is corrected (shown on the
 * board with the new version), and new files, which replace the old ones when there are any.
 */
public record Correction(
        @NotBlank(message = "{disclosure.title.length}") @Size(max = 100, message = "{disclosure.title.length}") String title,
        @NotBlank(message = "{disclosure.body.length}") @Size(min = 5, max = 20000, message = "{disclosure.body.length}") String body,
        @NotBlank(message = "{disclosure.correction.reason}") @Size(min = 2, max = 500, message = "{disclosure.correction.reason}") String reason,
        List<Upload> files) {

    public Correction {
        files = files == null ? List.of() : files.stream().filter(Objects::nonNull).toList();
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
        reason = reason == null ? "" : reason.strip();
    }
}
