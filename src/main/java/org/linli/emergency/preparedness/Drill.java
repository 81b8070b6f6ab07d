package org.linli.emergency.preparedness;

import java.time.LocalDate;

/** A drill as recorded: the day, the scenario, how many took part and who, and what it found. */
public record Drill(long id, LocalDate heldOn, String scenario, int participants, String who, String findings, String recordedBy) {
}
