package org.linli.conventions.charter;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The street's record of filing (备案): the day and its filing number. */
public record FilingForm(
        @NotNull(message = "{conventions.filing.day.required}") LocalDate filedOn,
        @NotBlank(message = "{conventions.filing.number.required}") @Size(max = 50, message = "{conventions.filing.number.required}")
        String number) {

    public FilingForm {
        number = number == null ? "" : number.strip();
    }
}
