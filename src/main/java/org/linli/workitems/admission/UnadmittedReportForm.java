package org.linli.workitems.admission;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A committee's report of work a department pushed on it without admission (监测通道): which
 * department, what, when, and the evidence (the notice's words, the group message, who phoned).
 */
public record UnadmittedReportForm(
        @NotNull(message = "{workitems.report.department.required}") Long departmentId,
        @NotBlank(message = "{workitems.report.what.required}") @Size(max = 200, message = "{workitems.report.what.size}") String what,
        @NotNull(message = "{workitems.report.pushed.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pushedOn,
        @Size(max = 2000, message = "{workitems.report.evidence.size}") String evidence) {

    public static UnadmittedReportForm empty(LocalDate today) {
        return new UnadmittedReportForm(null, "", today, "");
    }
}
