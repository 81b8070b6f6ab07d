package org.linli.disclosure;

import java.time.LocalDate;

/**
 * One entry of a committee's disclosure catalogue: what is disclosed, how often, within how many
 * days after a period ends, for how long it stays on the board, and from when it is owed.
 */
public record Item(long id, long committeeId, String name, Kind kind, Frequency frequency, int graceDays, int displayDays,
                   LocalDate since) {
}
