package org.linli.registry;

/** How a dwelling is held. */
public enum Tenure {
    OWNED("自有"), RENTED("租赁"), PUBLIC("公房");

    private final String label;

    Tenure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
