package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KindTest {

    @Test
    void streetKindComesFromDigitsSevenToNine() {
        assertThat(Kind.of(Level.STREET, "150104001")).isEqualTo(Kind.STREET_OFFICE);
        assertThat(Kind.of(Level.STREET, "150104100")).isEqualTo(Kind.TOWN);
        assertThat(Kind.of(Level.STREET, "150104200")).isEqualTo(Kind.TOWNSHIP);
        assertThat(Kind.of(Level.STREET, "150104400")).isEqualTo(Kind.SIMILAR_UNIT);
    }

    @Test
    void committeeKindComesFromDigitsTenToTwelve() {
        assertThat(Kind.of(Level.COMMITTEE, "150104001002")).isEqualTo(Kind.RESIDENTS_COMMITTEE);
        assertThat(Kind.of(Level.COMMITTEE, "150104001199")).isEqualTo(Kind.RESIDENTS_COMMITTEE);
        assertThat(Kind.of(Level.COMMITTEE, "150104100200")).isEqualTo(Kind.VILLAGERS_COMMITTEE);
        assertThat(Kind.of(Level.COMMITTEE, "150104100399")).isEqualTo(Kind.VILLAGERS_COMMITTEE);
        assertThat(Kind.of(Level.COMMITTEE, "110105020400")).isEqualTo(Kind.OTHER_COMMITTEE);
    }

    @Test
    void otherLevelsHaveNoKind() {
        assertThat(Kind.of(Level.COUNTY, "150104")).isNull();
    }
}
