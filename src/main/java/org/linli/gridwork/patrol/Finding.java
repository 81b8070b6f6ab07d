package org.linli.gridwork.patrol;

/** A case reported on the way, by its number. */
public record Finding(long caseId, String number) {
}
