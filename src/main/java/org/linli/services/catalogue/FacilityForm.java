package org.linli.services.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A facility as typed: its kind, name, address, hours, and its point picked on the map or typed as
 * decimal degrees (WGS-84).
 */
public record FacilityForm(
        @NotBlank(message = "{services.facility.kind.required}") String kind,
        @NotBlank(message = "{services.facility.name.required}") @Size(max = 100, message = "{services.facility.name.size}") String name,
        @Size(max = 200, message = "{services.facility.address.size}") String address,
        @Size(max = 100, message = "{services.hours.size}") String hours,
        @NotNull(message = "{services.facility.latitude.required}") Double latitude,
        @NotNull(message = "{services.facility.longitude.required}") Double longitude) {
}
