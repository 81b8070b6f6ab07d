package org.linli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue #11, item 10: the password policy refuses common and patterned passwords, in Chinese. */
@LinliTest
class PasswordPolicyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "password1|常见密码",
            "Password1|常见密码",
            "iloveyou1|常见密码",
            "woaini1314|常见密码",
            "1qaz2wsx|常见密码",
            "abc12345678|连续的数字或字母",
            "qwert9x7k|连续的数字或字母",
            "onlyletters|同时包含字母和数字",
            "short1|密码至少 8 位",
            "zhu-lin-7x|"})
    void theResetPasswordFollowsThePolicy(String password, String refusal) throws Exception {
        long worker = jdbc.sql("SELECT id FROM account WHERE username = 'worker'").query(Long.class).single();
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = :id").param("id", worker).query(String.class).single();
        var answer = mvc.perform(post("/accounts/{id}/password", worker).with(as("street")).with(csrf()).param("password", password))
                .andReturn().getResponse();
        if (refusal == null) {
            assertThat(answer.getStatus()).isEqualTo(302);
            // put the demo password back for the other tests
            jdbc.sql("UPDATE account SET password_hash = :h WHERE id = :id").param("h", hash).param("id", worker).update();
        } else {
            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(answer.getContentAsString()).contains(refusal).contains("data-testid=\"reset-password-error\"");
        }
    }
}
