package org.linli.casework;

/** A case change that breaks a rule, with the reason in Chinese. */
public class CaseRejected extends RuntimeException {

    public CaseRejected(String reason) {
        super(reason);
    }
}
