package org.linli.benefits.roster;

import java.time.LocalDate;

/** A resident on a benefit's roster as the roster page shows them: the name masked, age and address. */
public record Enrolled(long id, long residentId, String name, Integer age, String address, LocalDate since, LocalDate until,
                       boolean ended) {
}
