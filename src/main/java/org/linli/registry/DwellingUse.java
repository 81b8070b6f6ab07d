package org.linli.registry;

public enum DwellingUse {
    RESIDENTIAL("住宅"), COMMERCIAL("商用"), VACANT("空置");

    private final String label;

    DwellingUse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
