package org.linli.emergency.preparedness;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A reserve as entered; the expiry (last day of use) may be empty for goods that keep. */
public record ReserveForm(
        @NotBlank(message = "{emergency.reserve.item.required}") @Size(max = 60, message = "{emergency.reserve.item.too-long}") String item,
        @NotNull(message = "{emergency.reserve.quantity.required}") @Min(value = 0, message = "{emergency.reserve.quantity.range}")
        @Max(value = 10_000_000, message = "{emergency.reserve.quantity.range}") Integer quantity,
        @NotBlank(message = "{emergency.reserve.unit.required}") @Size(max = 10, message = "{emergency.reserve.unit.too-long}") String unit,
        @NotBlank(message = "{emergency.reserve.location.required}") @Size(max = 100, message = "{emergency.reserve.location.too-long}") String location,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

    public ReserveForm {
        item = item == null ? null : item.strip();
        unit = unit == null ? null : unit.strip();
        location = location == null ? null : location.strip();
    }
}
