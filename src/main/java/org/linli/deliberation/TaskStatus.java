package org.linli.deliberation;

/** Where an implementation task stands. */
public enum TaskStatus {
    OPEN("待实施"), IN_PROGRESS("实施中"), DONE("已完成");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
