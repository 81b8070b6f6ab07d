package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KindTest {

    @Test
    void streetKindComesFromDigitsSevenToNine() {
        assertThat(Kind.of(Level.STREET, "150104001")).isEqualTo(Kind.STREET_OFFICE);
        assertThat(Kind.of(Level.STREET, "150104099")).isEqualTo(Kind.STREET_OFFICE);
        assertThat(Kind.of(Level.STREET, "150104100")).isEqualTo(Kind.TOWN);
        assertThat(Kind.of(Level.STREET, "150104200")).isEqualTo(Kind.TOWNSHIP);
        assertThat(Kind.of(Level.STREET, "150104400")).isEqualTo(Kind.SIMILAR_UNIT);
        assertThat(Kind.of(Level.STREET, "150104599")).isEqualTo(Kind.SIMILAR_UNIT);
    }

    @Test
    void committeeKindComesFromDigitsTenToTwelve() {
        assertThat(Kind.of(Level.COMMITTEE, "150104001001")).isEqualTo(Kind.RESIDENTS_COMMITTEE);
        assertThat(Kind.of(Level.COMMITTEE, "150104001002")).isEqualTo(Kind.RESIDENTS_COMMITTEE);
        assertThat(Kind.of(Level.COMMITTEE, "150104001199")).isEqualTo(Kind.RESIDENTS_COMMITTEE);
        assertThat(Kind.of(Level.COMMITTEE, "150104100200")).isEqualTo(Kind.VILLAGERS_COMMITTEE);
        assertThat(Kind.of(Level.COMMITTEE, "150104100399")).isEqualTo(Kind.VILLAGERS_COMMITTEE);
    }

    @Test
    void digitsOutsideThePublishedRangesHaveNoKind() {
        for (String code : new String[] {"150104000", "150104600", "150104999"}) {
            assertThat(Kind.outOfRange(Level.STREET, code)).as(code).isNotNull();
            assertThatThrownBy(() -> Kind.of(Level.STREET, code)).isInstanceOf(IllegalArgumentException.class);
        }
        for (String code : new String[] {"150104001000", "110105020400", "150104400498", "150104001999"}) {
            assertThat(Kind.outOfRange(Level.COMMITTEE, code)).as(code).isNotNull();
            assertThatThrownBy(() -> Kind.of(Level.COMMITTEE, code)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Kind.outOfRange(Level.STREET, "150104600")).isEqualTo(
                "街道乡镇编码第 7–9 位为 600，不在国家统计用区划代码规定的范围内（001–099 街道，100–199 镇，200–399 乡，400–599 类似乡级单位）");
        assertThat(Kind.outOfRange(Level.COMMITTEE, "110105020400")).isEqualTo(
                "居村委会编码第 10–12 位为 400，不在国家统计用区划代码规定的范围内（001–199 居委会，200–399 村委会）");
    }

    @Test
    void everyInRangeCodeHasExactlyTheKindThatTheImporterAccepts() {
        for (int n = 0; n <= 999; n++) {
            String street = "150104%03d".formatted(n);
            assertThat(Kind.outOfRange(Level.STREET, street) == null).as(street).isEqualTo(n >= 1 && n <= 599);
            String committee = "150104001%03d".formatted(n);
            assertThat(Kind.outOfRange(Level.COMMITTEE, committee) == null).as(committee).isEqualTo(n >= 1 && n <= 399);
            if (n >= 1 && n <= 399) {
                assertThat(Kind.of(Level.COMMITTEE, committee)).isNotEqualTo(Kind.OTHER_COMMITTEE);
            }
        }
    }

    @Test
    void otherLevelsHaveNoKind() {
        assertThat(Kind.of(Level.COUNTY, "150104")).isNull();
        assertThat(Kind.outOfRange(Level.COUNTY, "150104")).isNull();
    }
}
