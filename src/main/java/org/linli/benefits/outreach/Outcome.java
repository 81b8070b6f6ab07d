package org.linli.benefits.outreach;

/** What came of an outreach task (a found resident not enrolled): each recorded with its day. */
public enum Outcome {
    INFORMED("已告知"), APPLIED("已申请"), NOT_ELIGIBLE("经核实不符合"), REFUSED("本人拒绝");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Outcomes that end the task: nothing more to do for the resident under this finding. */
    public boolean closes() {
        return this == NOT_ELIGIBLE || this == REFUSED;
    }

    /**
     * Outcomes that mean the resident was told of the benefit: applying and refusing both follow
     * being told; a check that finds the resident not eligible does not.
     */
    public boolean informs() {
        return this == INFORMED || this == APPLIED || this == REFUSED;
    }

    public static Outcome parse(String text) {
        for (Outcome o : values()) {
            if (o.name().equals(text)) {
                return o;
            }
        }
        return null;
    }
}
