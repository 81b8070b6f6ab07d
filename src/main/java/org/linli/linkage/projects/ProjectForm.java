package org.linli.linkage.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.linli.linkage.ServiceKind;

/**
 * A project (项目) of the committee: what, of which kind, its budget and period, who takes part —
 * filed social organisations as partners, social workers, a count of participants and the
 * volunteers named — and, when made from a suggestion, the need and the resource it joins.
 */
public record ProjectForm(
        @NotBlank(message = "{linkage.title.required}") @Size(max = 100, message = "{linkage.title.size}") String title,
        @NotNull(message = "{linkage.kind.required}") ServiceKind kind,
        @NotNull(message = "{linkage.project.budget.required}") @DecimalMin(value = "0.01", message = "{linkage.amount.positive}")
        @Digits(integer = 10, fraction = 2, message = "{linkage.amount.digits}") BigDecimal budget,
        @NotNull(message = "{linkage.project.starts.required}") LocalDate startsOn,
        @NotNull(message = "{linkage.project.ends.required}") LocalDate endsOn,
        @PositiveOrZero(message = "{linkage.project.participants.range}") @Max(value = 100_000, message = "{linkage.project.participants.range}")
        Integer participants,
        @Size(max = 500, message = "{linkage.project.volunteers.size}") String volunteers,
        Long needId,
        Long resourceId,
        List<Long> partners,
        List<Long> workers) {

    public List<Long> partnerIds() {
        return partners == null ? List.of() : partners.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public List<Long> workerIds() {
        return workers == null ? List.of() : workers.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
