package org.linli.workforce.growth;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reward: when, what, given by whom. */
public record RewardForm(
        @NotNull(message = "{workforce.reward.date.required}") LocalDate awardedOn,
        @NotBlank(message = "{workforce.reward.title.required}") @Size(max = 200, message = "{workforce.reward.title.size}") String title,
        @NotBlank(message = "{workforce.reward.by.required}") @Size(max = 100, message = "{workforce.reward.by.size}") String awardedBy) {
}
