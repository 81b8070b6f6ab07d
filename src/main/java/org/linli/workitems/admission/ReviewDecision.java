package org.linli.workitems.admission;

import jakarta.validation.constraints.Size;

/** A reviewer's reason: required to refuse, optional (and unused) to approve. */
public record ReviewDecision(@Size(max = 400, message = "{workitems.reason.size}") String reason) {
}
