package org.linli.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A resident's comment: the paragraph's number, optionally a passage selected in it (runs of
 * whitespace collapsed, so a selection in the browser matches the stored text), and the comment.
 */
public record CommentForm(
        @NotNull(message = "{consultation.paragraph.required}") Integer paragraph,
        @Size(max = 500, message = "{consultation.passage.too-long}") String passage,
        @NotBlank(message = "{consultation.comment.length}") @Size(min = 2, max = 1000, message = "{consultation.comment.length}")
        String body) {

    public CommentForm {
        passage = passage == null ? "" : passage.strip().replaceAll("\\s+", " ");
        body = body == null ? "" : body.strip();
    }
}
