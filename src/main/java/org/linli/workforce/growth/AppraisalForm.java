package org.linli.workforce.growth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A year's appraisal result; entering a year again replaces its result. */
public record AppraisalForm(
        @NotNull(message = "{workforce.appraisal.year.range}") @Min(value = 2000, message = "{workforce.appraisal.year.range}")
        @Max(value = 2100, message = "{workforce.appraisal.year.range}") Integer year,
        @NotNull(message = "{workforce.appraisal.result.required}") Appraisal.Result result) {
}
