package org.linli.emergency.preparedness;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A drill (应急演练) as the committee records it. */
public record DrillForm(
        @NotNull(message = "{emergency.drill.held-on.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        @NotBlank(message = "{emergency.drill.scenario.required}") @Size(max = 200, message = "{emergency.drill.scenario.too-long}") String scenario,
        @NotNull(message = "{emergency.drill.participants.required}") @Min(value = 1, message = "{emergency.drill.participants.range}")
        @Max(value = 100_000, message = "{emergency.drill.participants.range}") Integer participants,
        @NotBlank(message = "{emergency.drill.who.required}") @Size(max = 500, message = "{emergency.drill.who.too-long}") String who,
        @NotBlank(message = "{emergency.drill.findings.required}") @Size(max = 4000, message = "{emergency.drill.findings.too-long}") String findings) {

    public DrillForm {
        scenario = scenario == null ? null : scenario.strip();
        who = who == null ? null : who.strip();
        findings = findings == null ? null : findings.strip();
    }
}
