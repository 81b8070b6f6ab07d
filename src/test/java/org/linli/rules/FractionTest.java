package org.linli.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Shares are read as written and compared in integers, so the boundary itself is exact. */
class FractionTest {

    @Test
    void readsAShareAsWritten() {
        assertThat(Fraction.parse("1/3")).isEqualTo(new Fraction(1, 3));
        assertThat(Fraction.parse(" 2 / 3 ")).isEqualTo(new Fraction(2, 3));
        assertThat(Fraction.parse("3/3").toString()).isEqualTo("3/3");
        for (String bad : new String[] {"0/3", "4/3", "1/0", "1/", "/3", "1/3/4", "a/b", "-1/3", "0.5", ""}) {
            assertThatThrownBy(() -> Fraction.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void twoThirdsIsReachedAtExactlyTwoThirds() {
        Fraction twoThirds = new Fraction(2, 3);
        assertThat(twoThirds.reachedBy(20, 30)).isTrue();
        assertThat(twoThirds.reachedBy(19, 30)).isFalse();
        assertThat(twoThirds.reachedBy(21, 30)).isTrue();
        assertThat(twoThirds.exceededBy(20, 30)).as("exactly two thirds is not more than two thirds").isFalse();
        assertThat(twoThirds.exceededBy(21, 30)).isTrue();
        assertThat(new Fraction(1, 2).exceededBy(5, 10)).as("half is not more than half").isFalse();
        assertThat(new Fraction(1, 2).exceededBy(6, 11)).isTrue();
        assertThat(new Fraction(1, 3).reachedBy(0, 0)).as("an empty whole reaches nothing").isFalse();
        assertThat(new Fraction(1, 3).reachedBy(1_000_000_000L, 3_000_000_000L)).isTrue();
        assertThat(new Fraction(1, 3).reachedBy(999_999_999L, 3_000_000_000L)).isFalse();
    }
}
