package org.linli.workitems.admission;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The district's negative list (负面清单) as the admission asks it: the entry in force on the day
 * that an application's words match. Kept this small so the lists' own matching can stand behind it.
 */
interface NegativeList {

    /** The entry of the district's negative list in force on {@code day} that {@code text} matches, if any. */
    Optional<NegativeEntry> match(String districtPath, String text, LocalDate day);

    /** An entry cited when an application is refused at once. */
    record NegativeEntry(long id, int number, String title) {
    }
}
