package org.linli.deliberation.followup;

/** A representative's evaluation of a decision and its implementation (议事决策评价). */
public enum Rating {
    SATISFIED("满意"), FAIRLY_SATISFIED("基本满意"), DISSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
