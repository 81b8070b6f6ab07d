package org.linli.services.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A service of the catalogue as typed by a community worker. */
public record ServiceForm(
        @NotBlank(message = "{services.title.required}") @Size(max = 100, message = "{services.title.size}") String title,
        @NotBlank(message = "{services.category.required}") @Size(max = 20, message = "{services.category.size}") String category,
        @Size(max = 1000, message = "{services.description.size}") String description,
        @NotBlank(message = "{services.provider.required}") @Size(max = 100, message = "{services.provider.size}") String provider,
        Long facilityId,
        @NotBlank(message = "{services.place.required}") @Size(max = 200, message = "{services.place.size}") String place,
        @NotBlank(message = "{services.hours.required}") @Size(max = 100, message = "{services.hours.size}") String hours,
        @Size(max = 1000, message = "{services.documents.size}") String documents,
        Boolean errand,
        @Min(value = 1, message = "{services.errand-days.range}") @Max(value = 60, message = "{services.errand-days.range}") Integer errandDays) {

    /** Whether the service runs as an errand: an unticked box sends nothing. */
    public boolean runsAsErrand() {
        return Boolean.TRUE.equals(errand);
    }
}
