package org.linli.volunteers.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Hours a volunteer spends from the time bank on a service they receive, and which service. */
public record SpendHours(@NotNull(message = "{volunteers.hours.required}")
                         @DecimalMin(value = "0.25", message = "{volunteers.bank.hours.range}")
                         @DecimalMax(value = "1000", message = "{volunteers.bank.hours.range}") BigDecimal hours,
                         @NotBlank(message = "{volunteers.bank.reason.required}")
                         @Size(max = 200, message = "{volunteers.note.long}") String reason) {

    int minutes() {
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
