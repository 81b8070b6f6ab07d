package org.linli.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a posting is withdrawn from the board; the record of it stays, marked withdrawn. */
public record Withdrawal(
        @NotBlank(message = "{disclosure.withdrawal.reason}") @Size(min = 2, max = 500, message = "{disclosure.withdrawal.reason}") String reason) {

    public Withdrawal {
        reason = reason == null ? "" : reason.strip();
    }
}
