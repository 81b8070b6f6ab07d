package org.linli.disclosure;

import java.time.LocalDate;

/**
 * One entry of a committee's disclosure catalogue as in force on a day: what is disclosed, how
 * often, within how many days after a period ends, for how long it stays on the board (all three
 * from the rule book for the committee's region), and from when it is owed.
 */
public record Item(long id, long committeeId, String name, Kind kind, Frequency frequency, int graceDays, int displayDays,
                   LocalDate since) {

    /** The entry as stored: its terms come from the rule book. */
    record Entry(long id, long committeeId, String name, Kind kind, LocalDate since) {
    }
}
