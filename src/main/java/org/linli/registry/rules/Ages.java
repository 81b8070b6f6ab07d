package org.linli.registry.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * Whole years as {@link Period} counts them (born on 29 February, one is a year older on 1 March
 * of a common year). The SQL side has the same count in {@code registry_age} (V48), and for a
 * comparison with a number of at least one year a range of birth dates that an index can serve.
 */
final class Ages {

    private Ages() {
    }

    static long on(LocalDate birth, LocalDate day) {
        return Period.between(birth, day).getYears();
    }

    /**
     * The latest birth date of someone at least {@code years} old on {@code day}: age ≥ years exactly
     * when birth ≤ this date, for years ≥ 1 (tested against {@link #on} over leap days).
     */
    static LocalDate bornBy(LocalDate day, long years) {
        return day.minusYears(years);
    }
}
