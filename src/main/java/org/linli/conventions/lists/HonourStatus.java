package org.linli.conventions.lists;

/** An entry is on notice through the appeal period, held while an appeal waits, then published or withdrawn. */
public enum HonourStatus {
    NOTICE("公示中"),
    HELD("申诉处理中"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回");

    private final String label;

    HonourStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
