package org.linli.workforce.growth;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A course a worker attended. */
public record Training(long id, long workerId, LocalDate heldOn, String title, BigDecimal hours, String organiser) {
}
