package org.linli.conventions.charter;

/** Where a convention stands: out for comment, adopted by a meeting, filed with the street, or sent back by it. */
public enum ConventionStatus {
    DRAFTING("征求意见中"),
    ADOPTED("已表决通过，待备案"),
    FILED("已备案"),
    RETURNED("备案退回");

    private final String label;

    ConventionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Adopted conventions are in force; filing records them with the street, returning asks for another vote. */
    public boolean inForce() {
        return this == ADOPTED || this == FILED;
    }
}
