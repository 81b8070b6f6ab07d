package org.linli.casework.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The holder's request: the new limit as the form sends it (2026-05-20T17:30) or as people type it, and why. */
public record ExtensionAsk(String newDue,
                           @NotBlank(message = "{casework.extension.reason-required}")
                           @Size(max = 200, message = "{casework.extension.reason-too-long}") String reason) {

    public ExtensionAsk {
        newDue = newDue == null ? "" : newDue.strip();
        reason = reason == null ? "" : reason.strip();
    }
}
