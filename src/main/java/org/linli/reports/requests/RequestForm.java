package org.linli.reports.requests;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What a department fills to issue a request: the period the figures cover, the committees (codes
 * of the district, of streets for all their committees, or of single committees) and the deadline.
 */
public record RequestForm(
        @NotNull(message = "{reports.request.from.required}") LocalDate periodFrom,
        @NotNull(message = "{reports.request.to.required}") LocalDate periodTo,
        @NotNull(message = "{reports.request.deadline.required}") LocalDate deadline,
        @NotEmpty(message = "{reports.request.targets.required}") List<String> targets) {

    public static RequestForm empty(LocalDate today) {
        LocalDate monthStart = today.withDayOfMonth(1).minusMonths(1);
        return new RequestForm(monthStart, monthStart.plusMonths(1).minusDays(1), today.plusDays(7), List.of());
    }

    public boolean names(String code) {
        return targets != null && targets.contains(code);
    }
}
