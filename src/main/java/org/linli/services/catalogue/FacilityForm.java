package org.linli.services.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A facility as typed: its kind, name, address, hours, its point picked on the map or typed as
 * decimal degrees (WGS-84), and, where known, its floor area, the part of it for residents'
 * services and its places (nursing-type beds for a nursing home).
 */
public record FacilityForm(
        @NotBlank(message = "{services.facility.kind.required}") String kind,
        @NotBlank(message = "{services.facility.name.required}") @Size(max = 100, message = "{services.facility.name.size}") String name,
        @Size(max = 200, message = "{services.facility.address.size}") String address,
        @Size(max = 100, message = "{services.hours.size}") String hours,
        @NotNull(message = "{services.facility.latitude.required}") Double latitude,
        @NotNull(message = "{services.facility.longitude.required}") Double longitude,
        @DecimalMin(value = "1", message = "{services.facility.area.range}")
        @DecimalMax(value = "100000", message = "{services.facility.area.range}")
        @Digits(integer = 6, fraction = 1, message = "{services.facility.area.digits}") BigDecimal floorAreaM2,
        @DecimalMin(value = "0", message = "{services.facility.area.range}")
        @DecimalMax(value = "100000", message = "{services.facility.area.range}")
        @Digits(integer = 6, fraction = 1, message = "{services.facility.area.digits}") BigDecimal serviceAreaM2,
        @Min(value = 0, message = "{services.facility.places.range}") @Max(value = 10000, message = "{services.facility.places.range}")
        Integer places,
        @Min(value = 0, message = "{services.facility.places.range}") @Max(value = 10000, message = "{services.facility.places.range}")
        Integer nursingPlaces) {

    /** A facility without its numbers (a point on the map only). */
    public FacilityForm(String kind, String name, String address, String hours, Double latitude, Double longitude) {
        this(kind, name, address, hours, latitude, longitude, null, null, null, null);
    }
}
