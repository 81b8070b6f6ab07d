package org.linli.linkage.needs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.linli.linkage.ServiceKind;

/**
 * A residents' need the committee lists (需求清单): what kind, what, how many people, and where
 * (a grid, an estate or a building of the committee, by name or code; empty for the whole committee).
 */
public record NeedForm(
        @NotNull(message = "{linkage.kind.required}") ServiceKind kind,
        @NotBlank(message = "{linkage.title.required}") @Size(max = 100, message = "{linkage.title.size}") String title,
        @Size(max = 1000, message = "{linkage.detail.size}") String detail,
        @NotNull(message = "{linkage.need.people.required}") @Positive(message = "{linkage.need.people.positive}")
        @Max(value = 100_000, message = "{linkage.need.people.positive}") Integer people,
        @Size(max = 200, message = "{linkage.place.size}") String place) {
}
