package org.linli.disclosure;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A posting as the committee types it: the catalogue item, the period it covers, a title and the
 * text; for major matters, optionally the topic whose resolution it discloses.
 */
public record PostingForm(
        @NotNull(message = "{disclosure.item.required}") Long item,
        @NotBlank(message = "{disclosure.period.required}") @Size(max = 30, message = "{disclosure.period.required}") String period,
        @NotBlank(message = "{disclosure.title.length}") @Size(max = 100, message = "{disclosure.title.length}") String title,
        @NotBlank(message = "{disclosure.body.length}") @Size(min = 5, max = 20000, message = "{disclosure.body.length}") String body,
        Long resolution,
        List<Upload> files) {

    public PostingForm {
        files = files == null ? List.of() : files.stream().filter(java.util.Objects::nonNull).toList();
        period = period == null ? "" : period.strip();
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
    }
}
