package org.linli.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.linli.shared.Role;

/** What an administrator types to create or change an account. The password is only for new accounts. */
public record AccountForm(
        @NotBlank(message = "请填写用户名")
        @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "用户名须为 3–50 个字母、数字或 _ . -") String username,
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字") String displayName,
        @NotNull(message = "请选择角色") Role role,
        @NotBlank(message = "请填写所属区划编码") String divisionCode,
        String password,
        boolean enabled) {

    public static AccountForm empty() {
        return new AccountForm("", "", null, "", "", true);
    }
}
