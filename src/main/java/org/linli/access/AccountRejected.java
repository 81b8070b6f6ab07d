package org.linli.access;

/** An account change that breaks a rule: which field, and why, in Chinese. */
public class AccountRejected extends RuntimeException {

    private final String field;

    public AccountRejected(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
