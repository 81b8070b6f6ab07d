package org.linli.consultation;

/** How a comment on a draft was answered in the feedback report. */
public enum Answer {
    ADOPTED("采纳"), PARTLY_ADOPTED("部分采纳"), NOT_ADOPTED("不采纳");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
