package org.linli.deliberation.followup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An evaluation as typed: the rating, the representative staff record it for, the comment (required for 不满意). */
public record Evaluate(@NotNull(message = "{deliberation.evaluation.rating}") Rating rating,
                       String representative,
                       @Size(max = 500, message = "{deliberation.evaluation.comment.too-long}") String comment) {

    public Evaluate {
        representative = representative == null ? "" : representative.strip();
        comment = comment == null ? "" : comment.strip();
    }
}
