package org.linli.linkage.organisations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A social worker serving the committee and their certificate: its level, number and the year it
 * was obtained (the national examination began in 2008; not later than this year), and the filed
 * organisation they work for, if any.
 */
public record SocialWorkerForm(
        @NotBlank(message = "{linkage.worker.name.required}") @Size(max = 50, message = "{linkage.worker.name.size}") String name,
        @NotNull(message = "{linkage.worker.level.required}") CertificateLevel level,
        @NotBlank(message = "{linkage.worker.certificate.required}")
        @Pattern(regexp = "\\s*[A-Za-z0-9-]{4,40}\\s*", message = "{linkage.worker.certificate.format}") String certificateNo,
        @NotNull(message = "{linkage.worker.year.required}") @Min(value = 2008, message = "{linkage.worker.year.range}")
        @Max(value = 2100, message = "{linkage.worker.year.range}") Integer certifiedYear,
        Long organisationId) {
}
