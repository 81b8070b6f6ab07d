package org.linli.casework.internal;

import jakarta.validation.constraints.NotBlank;

/** A department staff account to add to a department, by its username. */
public record MemberForm(@NotBlank(message = "{casework.department.member-required}") String username) {

    public MemberForm {
        username = username == null ? "" : username.strip();
    }
}
