package org.linli.linkage.needs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.linli.linkage.ServiceKind;

/**
 * A community resource the committee lists (资源清单): what kind, what, who offers it (a unit, an
 * organisation, a person), and where.
 */
public record ResourceForm(
        @NotNull(message = "{linkage.kind.required}") ServiceKind kind,
        @NotBlank(message = "{linkage.title.required}") @Size(max = 100, message = "{linkage.title.size}") String title,
        @NotBlank(message = "{linkage.resource.provider.required}") @Size(max = 100, message = "{linkage.resource.provider.size}") String provider,
        @Size(max = 1000, message = "{linkage.detail.size}") String detail,
        @Size(max = 200, message = "{linkage.place.size}") String place) {
}
