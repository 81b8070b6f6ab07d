package org.linli.emergency.mobilisation;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

/**
 * An emergency as declared: the place (the committee, or a grid, estate or building under it), its
 * kind, its start (now when left empty) and its planned end, in the district's time.
 */
public record DeclarationForm(
        @NotNull(message = "{emergency.declaration.place.required}") Long place,
        @NotNull(message = "{emergency.declaration.kind.required}") Kind kind,
        LocalDateTime startsAt,
        @NotNull(message = "{emergency.declaration.ends-at.required}") LocalDateTime endsAt) {
}
