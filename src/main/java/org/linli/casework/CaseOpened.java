package org.linli.casework;

/**
 * A case was opened; {@code requestKey} names the {@link CaseRequested} it answers, null for other
 * channels. {@code openedByAccount} is the account that entered it (staff, a grid worker, a signed-in
 * resident), null for anonymous and Open311 reports: grid work records a case a grid worker opens
 * during a patrol as that patrol's finding.
 */
public record CaseOpened(long caseId, String number, String trackingCode, String divisionPath, String requestKey,
                         Long openedByAccount) {

    public CaseOpened(long caseId, String number, String trackingCode, String divisionPath, String requestKey) {
        this(caseId, number, trackingCode, divisionPath, requestKey, null);
    }
}
