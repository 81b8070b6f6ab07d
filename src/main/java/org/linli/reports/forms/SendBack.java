package org.linli.reports.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an approver sends a form back to its committee. */
public record SendBack(
        @NotBlank(message = "{reports.return.reason.required}") @Size(max = 200, message = "{reports.return.reason.size}") String reason) {
}
