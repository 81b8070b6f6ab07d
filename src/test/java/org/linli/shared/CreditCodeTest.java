package org.linli.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91330100799655058B", "91110000802100433B", "91440300708461136T"})
    void acceptsRealCodes(String code) {
        assertThat(CreditCode.problem(code)).isNull();
        assertThat(CreditCode.parse(code.toLowerCase()).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "911101087355894382 | 统一社会信用代码校验位不正确",
            "91350100M000100Y4  | 统一社会信用代码应为 18 位，实为 17 位",
            "91350100M000100YI3 | 统一社会信用代码第 17 位“I”不是允许的字符（不含 I、O、S、V、Z）",
            "9135A100M000100Y43 | 统一社会信用代码第 3–8 位（行政区划码）应为数字",
            "'' | 请填写统一社会信用代码"})
    void rejectsWithTheReason(String code, String reason) {
        assertThat(CreditCode.problem(code.strip())).isEqualTo(reason);
    }
}
