package org.linli.deliberation.meetings;

/** A choice on an online ballot. */
public enum Choice {
    FOR("赞成"), AGAINST("反对"), ABSTAIN("弃权");

    private final String label;

    Choice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
