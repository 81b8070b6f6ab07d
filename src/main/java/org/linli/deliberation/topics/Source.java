package org.linli.deliberation.topics;

/** How a topic reached the committee. */
public enum Source {
    ONLINE("线上提出"), TALK("民情恳谈"), HEARING("百姓议事会"), STAFF("工作人员收集");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
