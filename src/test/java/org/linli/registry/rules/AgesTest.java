package org.linli.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An age of at least n years (n ≥ 1) is a birth on or before the day n years back, leap days included. */
class AgesTest {

    @Test
    void aRangeOfBirthDatesGivesTheSameAgesAsPeriod() {
        List<LocalDate> days = List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 2, 28), LocalDate.of(2100, 2, 28), LocalDate.of(2026, 12, 31));
        for (LocalDate day : days) {
            for (LocalDate birth = day.minusYears(101).minusDays(3); birth.isBefore(day.plusYears(1)); birth = birth.plusDays(1)) {
                long age = Ages.on(birth, day);
                for (long years : new long[] {1, 17, 18, 59, 60, 79, 80, 90, 100}) {
                    assertThat(!birth.isAfter(Ages.bornBy(day, years))).as("born %s, %d on %s", birth, years, day)
                            .isEqualTo(age >= years);
                }
            }
        }
    }
}
