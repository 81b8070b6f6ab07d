package org.linli.conventions.points;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A points rule as the committee's worker types it. */
public record RuleForm(
        @NotBlank(message = "{conventions.rule.name.required}") @Size(max = 50, message = "{conventions.rule.name.length}") String name,
        @NotNull(message = "{conventions.rule.points.required}") Integer points,
        @NotNull(message = "{conventions.rule.per.required}") Per per,
        @NotNull(message = "{conventions.rule.applies-to.required}") AppliesTo appliesTo,
        @NotNull(message = "{conventions.rule.from.required}") LocalDate activeFrom,
        LocalDate activeTo) {

    public RuleForm {
        name = name == null ? "" : name.strip();
    }
}
