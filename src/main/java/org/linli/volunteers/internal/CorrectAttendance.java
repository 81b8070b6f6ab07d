package org.linli.volunteers.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The organiser's hours for an attendance (a forgotten sign-out, or a time to correct), and why. */
public record CorrectAttendance(@NotNull(message = "{volunteers.hours.required}")
                                @DecimalMin(value = "0", message = "{volunteers.hours.range}")
                                @DecimalMax(value = "24", message = "{volunteers.hours.range}") BigDecimal hours,
                                @Size(max = 200, message = "{volunteers.note.long}") String note) {

    public CorrectAttendance {
        note = note == null ? "" : note.strip();
    }

    int minutes() {
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
