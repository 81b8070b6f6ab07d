package org.linli.workitems;

import java.time.LocalDate;

/**
 * One item of a committee's burden for bulk loading (the demo district's inventory).
 *
 * @param kind      PLAQUE, LEDGER, APPRAISAL, INSPECTION or LETTER
 * @param removedOn the day it was removed, or null while kept
 */
public record BurdenRecord(String committeePath, WorkItemKind kind, String name, String departmentName, boolean admitted,
                           LocalDate removedOn) {
}
