package org.linli.services.errands;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An errand asked for from the catalogue: the service, what the resident needs done, and, when a
 * worker asks for a resident, which resident (chosen from the committee's registry).
 */
public record ErrandAsk(
        @NotNull(message = "{services.errand.service.required}") Long serviceId,
        @NotBlank(message = "{services.errand.details.required}") @Size(max = 1000, message = "{services.errand.details.size}") String details,
        Long residentId) {
}
