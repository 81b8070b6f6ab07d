package org.linli.workforce.growth;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A course attended: when, what, how many hours (学时), who organised it. */
public record TrainingForm(
        @NotNull(message = "{workforce.training.date.required}") LocalDate heldOn,
        @NotBlank(message = "{workforce.training.title.required}") @Size(max = 200, message = "{workforce.training.title.size}") String title,
        @NotNull(message = "{workforce.training.hours.range}") @DecimalMin(value = "0.5", message = "{workforce.training.hours.range}")
        @DecimalMax(value = "200", message = "{workforce.training.hours.range}") BigDecimal hours,
        @NotBlank(message = "{workforce.training.organiser.required}") @Size(max = 100, message = "{workforce.training.organiser.size}") String organiser) {
}
