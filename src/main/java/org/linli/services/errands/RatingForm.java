package org.linli.services.errands;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The resident's rating of a finished errand: 1–5 stars and a comment. */
public record RatingForm(
        @NotNull(message = "{services.errand.rating.required}") @Min(value = 1, message = "{services.errand.rating.range}")
        @Max(value = 5, message = "{services.errand.rating.range}") Integer rating,
        @Size(max = 500, message = "{services.errand.comment.size}") String comment) {
}
