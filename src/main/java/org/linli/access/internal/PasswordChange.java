package org.linli.access.internal;

import jakarta.validation.constraints.NotBlank;

/** The signed-in person's own password change: the current one as proof, the new one twice. */
public record PasswordChange(@NotBlank(message = "{access.password.required}") String currentPassword,
                             @NotBlank(message = "{access.password.required}") String newPassword,
                             @NotBlank(message = "{access.password.required}") String confirmPassword) {
}
