package org.linli.casework.open311;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Telephone numbers as clients at home and abroad write them, and e-mail addresses. */
class ContactsTest {

    @Test
    void aMainlandMobileIsFoundHoweverItIsWritten() {
        assertThat(Contacts.mobile("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(Contacts.mobile("0086 13800138000")).isEqualTo("13800138000");
        assertThat(Contacts.mobile("8613800138000")).isEqualTo("13800138000");
        assertThat(Contacts.mobile("138 0013 8000")).isEqualTo("13800138000");
        assertThat(Contacts.mobile("(0471) 1234567")).isNull();
        assertThat(Contacts.mobile("01234 567890")).isNull();
    }

    @Test
    void otherNumbersAreNumbersAndAreMaskedToTheirLastFourDigits() {
        for (String n : new String[] {"(0471) 1234567", "01234 567890", "+44 1234 567890", "0471-1234567 转 8", "+1 (555) 010-9999 ext 12"}) {
            assertThat(Contacts.isNumber(n)).as(n).isTrue();
        }
        for (String n : new String[] {"12345", "call me", "<script>", "1".repeat(41)}) {
            assertThat(Contacts.isNumber(n)).as(n).isFalse();
        }
        assertThat(Contacts.maskNumber("(0471) 1234567")).isEqualTo("****4567");
    }

    @Test
    void emailAddressesAreCheckedAndMasked() {
        assertThat(Contacts.isEmail("wang.xiaoming@example.com")).isTrue();
        assertThat(Contacts.isEmail("not an address")).isFalse();
        assertThat(Contacts.maskEmail("wang.xiaoming@example.com")).isEqualTo("w***@example.com");
    }
}
