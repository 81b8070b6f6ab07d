package org.linli.emergency.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member as entered: name, role, duty, a mobile number (optional) and the account's username when they have one. */
public record MemberForm(
        @NotBlank(message = "{emergency.member.name.required}") @Size(max = 50, message = "{emergency.member.name.too-long}") String name,
        @NotNull(message = "{emergency.member.role.required}") MemberRole role,
        @NotBlank(message = "{emergency.member.duty.required}") @Size(max = 200, message = "{emergency.member.duty.too-long}") String duty,
        String phone,
        String account) {

    public MemberForm {
        name = name == null ? null : name.strip();
        duty = duty == null ? null : duty.strip();
        phone = phone == null ? "" : phone.strip();
        account = account == null ? "" : account.strip();
    }
}
