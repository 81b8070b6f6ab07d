package org.linli.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void acceptsTheStandardsExampleAndDerivesBirthDateSexAndRegion() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.region()).isEqualTo("110105");
        assertThat(id.masked()).isEqualTo("110105***********X");
    }

    @Test
    void acceptsALowerCaseXAndSurroundingSpaces() {
        assertThat(IdNumber.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void oddSequenceMeansMale() {
        assertThat(IdNumber.parse("150104199001011233").sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "150104199001011235 | 身份证号校验位不正确",
            "11010519491231002Y | 身份证号最后一位只能是数字或 X",
            "15010419900101123  | 身份证号应为 18 位，实为 17 位",
            "1501041990010112345| 身份证号应为 18 位，实为 19 位",
            "15010419900230123X | 身份证号中的出生日期 19900230 不存在",
            "150104199013011234 | 身份证号中的出生日期 19901301 不存在",
            "440524188001010014 | 身份证号中的出生日期 18800101 不可能",
            "1501041990O101123X | 身份证号前 17 位只能是数字",
            "'' | 请填写身份证号"})
    void rejectsWithTheReason(String text, String reason) {
        assertThat(IdNumber.problem(text.strip(), TODAY)).isEqualTo(reason);
        assertThat(IdNumber.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> IdNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBirthDateAfterTodayIsImpossibleButWellFormed() {
        String born = "150104202612024119";
        String tomorrow = born.substring(0, 17) + IdNumber.checkCharacter(born.substring(0, 17));
        assertThat(IdNumber.problem(tomorrow)).isNull();
        assertThat(IdNumber.problem(tomorrow, TODAY)).isEqualTo("身份证号中的出生日期 20261202 不可能");
        assertThat(IdNumber.problem(tomorrow, TODAY.plusDays(1))).isNull();
    }

    @Test
    void neverPrintsTheWholeNumber() {
        assertThat(IdNumber.parse("150104199001011233").toString()).isEqualTo("150104***********3");
    }
}
