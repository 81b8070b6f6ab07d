package org.linli.division.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linli.division.Level;

class RowRulesTest {

    @Test
    void acceptsAWellFormedCommittee() {
        assertThat(RowRules.check(Level.COMMITTEE, Level.STREET, "150104001002", "五塔北街社区居委会", "150104001")).isNull();
    }

    @Test
    void rejectsWrongCodeLength() {
        assertThat(RowRules.check(Level.COMMITTEE, Level.STREET, "15010400100", "某社区", "150104001"))
                .isEqualTo("编码长度应为 12 位（居村委会），实为 11 位");
    }

    @Test
    void rejectsNonDigits() {
        assertThat(RowRules.check(Level.STREET, Level.COUNTY, "15010400A", "某街道", "150104")).contains("非数字");
    }

    @Test
    void rejectsEmptyName() {
        assertThat(RowRules.check(Level.CITY, Level.PROVINCE, "1501", "", "15")).isEqualTo("名称为空");
    }

    @Test
    void rejectsCodeThatDoesNotContinueItsParent() {
        assertThat(RowRules.check(Level.STREET, Level.COUNTY, "150105001", "某街道", "150104"))
                .isEqualTo("编码 150105001 与上级编码 150104 不一致");
    }

    @Test
    void rejectsMalformedParentCode() {
        assertThat(RowRules.check(Level.COUNTY, Level.CITY, "150104", "玉泉区", "15")).contains("上级编码“15”应为 4 位数字");
    }

    @Test
    void streetDigitsMustLieInThePublishedRanges() {
        assertThat(street("150104000")).isEqualTo(
                "街道乡镇编码第 7–9 位为 000，不在国家统计用区划代码规定的范围内（001–099 街道，100–199 镇，200–399 乡，400–599 类似乡级单位）");
        assertThat(street("150104001")).isNull();
        assertThat(street("150104599")).isNull();
        assertThat(street("150104600")).startsWith("街道乡镇编码第 7–9 位为 600，不在国家统计用区划代码规定的范围内");
        assertThat(street("150104999")).startsWith("街道乡镇编码第 7–9 位为 999，不在国家统计用区划代码规定的范围内");
    }

    @Test
    void committeeDigitsMustLieInThePublishedRanges() {
        assertThat(committee("150104001000")).isEqualTo(
                "居村委会编码第 10–12 位为 000，不在国家统计用区划代码规定的范围内（001–199 居委会，200–399 村委会）");
        assertThat(committee("150104001001")).isNull();
        assertThat(committee("150104001399")).isNull();
        assertThat(committee("150104001400")).startsWith("居村委会编码第 10–12 位为 400，不在国家统计用区划代码规定的范围内");
    }

    private static String street(String code) {
        return RowRules.check(Level.STREET, Level.COUNTY, code, "某街道", "150104");
    }

    private static String committee(String code) {
        return RowRules.check(Level.COMMITTEE, Level.STREET, code, "某社区", "150104001");
    }
}
