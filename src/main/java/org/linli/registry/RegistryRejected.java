package org.linli.registry;

/** A registry change that breaks a rule: which field, and why, in Chinese. */
public class RegistryRejected extends RuntimeException {

    private final String field;

    public RegistryRejected(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
