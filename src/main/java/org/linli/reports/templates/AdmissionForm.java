package org.linli.reports.templates;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the department adds to its template to apply for admission (准入): the basis in law or
 * policy, the committees (the district's code, or a street's), the time it runs and the funding
 * that goes with it (费随事转).
 */
public record AdmissionForm(
        @NotBlank(message = "{reports.admission.basis.required}") @Size(max = 400, message = "{reports.admission.basis.size}") String basis,
        @NotBlank(message = "{reports.admission.target.required}") String target,
        @NotNull(message = "{reports.admission.starts.required}") LocalDate startsOn,
        LocalDate endsOn,
        @NotNull(message = "{reports.admission.funding.required}")
        @DecimalMin(value = "0", message = "{reports.admission.funding.negative}") BigDecimal funding,
        @Size(max = 100, message = "{reports.admission.funding-source.size}") String fundingSource) {

    public static AdmissionForm empty(String target, LocalDate today) {
        return new AdmissionForm("", target, today, today.plusYears(1).minusDays(1), BigDecimal.ZERO, "");
    }
}
