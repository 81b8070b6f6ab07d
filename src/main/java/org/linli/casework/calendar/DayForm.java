package org.linli.casework.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A day that differs from the week's rule: a holiday on a weekday, or a weekend worked in exchange (调休). */
public record DayForm(String day, Boolean working,
                      @NotBlank(message = "{casework.calendar.name-required}")
                      @Size(max = 30, message = "{casework.calendar.name-required}") String name) {

    public DayForm {
        day = day == null ? "" : day.strip();
        working = Boolean.TRUE.equals(working);
        name = name == null ? "" : name.strip();
    }
}
