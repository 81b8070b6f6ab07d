package org.linli.benefits.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A benefit a district administrator adds to their region's catalogue, with the first version of
 * its rule as a draft (previewed and published like any other).
 */
public record NewBenefit(
        @NotBlank(message = "{benefits.catalogue.code.required}")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{benefits.catalogue.code.format}") String code,
        @NotBlank(message = "{benefits.catalogue.name.required}")
        @Size(max = 60, message = "{benefits.catalogue.name.too-long}") String name,
        @NotNull(message = "{benefits.catalogue.kind.required}") BenefitKind kind,
        @Size(max = 80, message = "{benefits.catalogue.amount.too-long}") String amount,
        @Size(max = 200, message = "{benefits.catalogue.basis.too-long}") String basis,
        @Size(max = 60, message = "{benefits.catalogue.authority.too-long}") String authority,
        @NotBlank(message = "{benefits.rule.required}") String rule) {

    public static NewBenefit empty() {
        return new NewBenefit("", "", BenefitKind.ALLOWANCE, "", "", "", "");
    }
}
