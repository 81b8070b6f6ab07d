package org.linli.conventions.lists;

/** The red list (红榜) praises, the black list (黑榜) names what the convention forbids. */
public enum HonourList {
    RED("红榜"),
    BLACK("黑榜");

    private final String label;

    HonourList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
