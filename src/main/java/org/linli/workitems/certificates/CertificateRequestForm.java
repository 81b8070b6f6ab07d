package org.linli.workitems.certificates;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A certificate asked for at the counter: the entry of the list, and, when the resident says so,
 * which department's rule sent them (chosen, or typed when it is not among the departments) and
 * their name for the notice.
 */
public record CertificateRequestForm(
        @NotNull(message = "{workitems.certificate.entry.required}") Long entryId,
        Long departmentId,
        @Size(max = 100, message = "{workitems.certificate.department.size}") String department,
        @Size(max = 50, message = "{workitems.certificate.resident.size}") String resident) {
}
