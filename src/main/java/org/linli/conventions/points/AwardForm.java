package org.linli.conventions.points;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An award or deduction as the worker records it: the resident (their household, for a household's
 * rule), the rule, how many occurrences or hours, the day it happened and why.
 */
public record AwardForm(
        @NotNull(message = "{conventions.award.resident.required}") Long residentId,
        @NotNull(message = "{conventions.award.rule.required}") Long ruleId,
        BigDecimal quantity,
        @NotNull(message = "{conventions.award.day.required}") LocalDate day,
        @NotBlank(message = "{conventions.reason.required}") @Size(max = 500, message = "{conventions.reason.length}") String reason) {

    public AwardForm {
        reason = reason == null ? "" : reason.strip();
        quantity = quantity == null ? BigDecimal.ONE : quantity;
    }
}
