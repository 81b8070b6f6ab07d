package org.linli.casework.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The reporter's rating of a closed case, 5 (非常满意) to 1 (非常不满意), with a comment (required
 * when unsatisfied) and, for a reporter who is not signed in, the phone number they gave as proof.
 */
public record RatingForm(@NotNull(message = "{casework.rating.score-required}")
                         @Min(value = 1, message = "{casework.rating.score-required}")
                         @Max(value = 5, message = "{casework.rating.score-required}") Integer score,
                         @Size(max = 500, message = "{casework.rating.too-long}") String comment,
                         String phone) {

    public RatingForm {
        comment = comment == null ? "" : comment.strip();
        phone = phone == null ? "" : phone.strip();
    }
}
