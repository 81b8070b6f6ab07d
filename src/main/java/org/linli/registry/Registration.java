package org.linli.registry;

/** Where a resident's household registration (户籍) is. */
public enum Registration {
    LOCAL("户籍在本地"), ELSEWHERE("户籍在外地"), MIGRANT("流动人口");

    private final String label;

    Registration(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
