package org.linli.benefits.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of a rule saved as the benefit's draft. */
public record RuleDraft(@NotBlank(message = "{benefits.rule.required}")
                        @Size(max = 4000, message = "{benefits.rule.too-long}") String rule) {
}
