package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ways people write an address, each brought to the one form the matcher compares. */
class AddressTextTest {

    @Test
    void widthsSpacesPunctuationAndNumeralsBecomeOneForm() {
        assertThat(AddressText.normalise("泰和家园 ３号楼")).isEqualTo("泰和家园3号楼");
        assertThat(AddressText.normalise("泰和家园三号楼")).isEqualTo("泰和家园3号楼");
        assertThat(AddressText.normalise("泰和家园3栋")).isEqualTo("泰和家园3号楼");
        assertThat(AddressText.normalise("泰和家园3幢")).isEqualTo("泰和家园3号楼");
        assertThat(AddressText.normalise("泰和家园3#楼")).isEqualTo("泰和家园3号楼");
        assertThat(AddressText.normalise("泰和家园３＃")).isEqualTo("泰和家园3号楼");
        assertThat(AddressText.normalise("泰和家园A座")).isEqualTo("泰和家园a号楼");
        assertThat(AddressText.normalise("泰和家园3楼2单元")).isEqualTo("泰和家园3号楼2单元");
        assertThat(AddressText.normalise("泰和家园十二栋二单元")).isEqualTo("泰和家园12号楼2单元");
        assertThat(AddressText.normalise("五塔北街社区，第一网格")).isEqualTo("五塔北街社区第1网格");
        assertThat(AddressText.normalise("中国 内蒙古 呼和浩特市·玉泉区 昭君路１２号")).isEqualTo("内蒙古呼和浩特市玉泉区昭君路12号");
        assertThat(AddressText.normalise("五塔寺东街")).isEqualTo("五塔寺东街");
        assertThat(AddressText.normalise(null)).isEmpty();
    }

    @Test
    void chineseNumeralsAreRead() {
        assertThat(AddressText.number("三")).isEqualTo("3");
        assertThat(AddressText.number("十")).isEqualTo("10");
        assertThat(AddressText.number("十二")).isEqualTo("12");
        assertThat(AddressText.number("二十三")).isEqualTo("23");
        assertThat(AddressText.number("一百零五")).isEqualTo("105");
        assertThat(AddressText.number("一二〇三")).isEqualTo("1203");
    }

    @Test
    void placesGoByShortNames() {
        assertThat(AddressText.names("五塔北街社区居委会", Level.COMMITTEE)).containsExactly("五塔北街社区居委会", "五塔北街社区", "五塔北街");
        assertThat(AddressText.names("泰和家园", Level.ESTATE)).containsExactly("泰和家园", "泰和");
        assertThat(AddressText.names("小召前街街道", Level.STREET)).containsExactly("小召前街街道", "小召前街");
        assertThat(AddressText.names("呼和浩特市", Level.CITY)).containsExactly("呼和浩特市", "呼和浩特");
        assertThat(AddressText.names("内蒙古自治区", Level.PROVINCE)).containsExactly("内蒙古自治区", "内蒙古");
        assertThat(AddressText.names("苑", Level.ESTATE)).containsExactly("苑");
        assertThat(AddressText.road("昭君路12号")).isEqualTo("昭君路");
    }
}
