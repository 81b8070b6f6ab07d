package org.linli.access.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.linli.shared.Role;

/** What an administrator types to create or change an account. The password is only for new accounts. */
public record AccountForm(
        @NotBlank(message = "{access.username.required}")
        @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "{access.username.format}") String username,
        @NotBlank(message = "{access.display-name.required}") @Size(max = 50, message = "{access.display-name.too-long}")
        String displayName,
        @NotNull(message = "{access.role.required}") Role role,
        @NotBlank(message = "{access.division-code.required}") String divisionCode,
        String password,
        boolean enabled) {

    public static AccountForm empty() {
        return new AccountForm("", "", null, "", "", true);
    }
}
