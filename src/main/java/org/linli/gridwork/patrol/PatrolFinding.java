package org.linli.gridwork.patrol;

/** A case reported on the way, by its number. */
public record PatrolFinding(long caseId, String number) {
}
