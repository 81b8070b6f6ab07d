package org.linli.linkage.projects;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Who takes part in a running project, as it changes: partners, social workers, participants and volunteers. */
public record TeamForm(
        @PositiveOrZero(message = "{linkage.project.participants.range}") @Max(value = 100_000, message = "{linkage.project.participants.range}")
        Integer participants,
        @Size(max = 500, message = "{linkage.project.volunteers.size}") String volunteers,
        List<Long> partners,
        List<Long> workers) {

    public List<Long> partnerIds() {
        return partners == null ? List.of() : partners.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public List<Long> workerIds() {
        return workers == null ? List.of() : workers.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
