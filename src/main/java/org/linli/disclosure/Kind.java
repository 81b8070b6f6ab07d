package org.linli.disclosure;

/** What a disclosed matter is about. */
public enum Kind {
    GENERAL("居（村）务一般事项"), FINANCE("财务收支"), MAJOR("重大事项与决议"), WELFARE("民生保障"), MICRO_POWER("小微权力清单");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
