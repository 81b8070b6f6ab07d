package org.linli.linkage.organisations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A community social organisation as the committee submits it for filing with the street. */
public record OrganisationForm(
        @NotBlank(message = "{linkage.organisation.name.required}") @Size(max = 100, message = "{linkage.organisation.name.size}") String name,
        @NotNull(message = "{linkage.organisation.kind.required}") OrganisationKind kind,
        @NotBlank(message = "{linkage.organisation.leader.required}") @Size(max = 50, message = "{linkage.organisation.leader.size}") String leader,
        @NotNull(message = "{linkage.organisation.members.required}") @Positive(message = "{linkage.organisation.members.range}")
        @Max(value = 10_000, message = "{linkage.organisation.members.range}") Integer members,
        @NotBlank(message = "{linkage.organisation.purpose.required}") @Size(max = 500, message = "{linkage.organisation.purpose.size}") String purpose) {
}
