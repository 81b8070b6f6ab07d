package org.linli.casework;

/** A case was opened; {@code requestKey} names the {@link CaseRequested} it answers, null for other channels. */
public record CaseOpened(long caseId, String number, String trackingCode, String divisionPath, String requestKey) {
}
