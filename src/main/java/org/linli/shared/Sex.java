package org.linli.shared;

public enum Sex {
    MALE("男"), FEMALE("女");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
