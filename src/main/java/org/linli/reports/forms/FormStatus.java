package org.linli.reports.forms;

/** Where a committee's form stands. */
public enum FormStatus {
    /** Pre-filled, being checked by the committee. */
    OPEN("待填报"),
    /** Submitted, waiting at the next approval level. */
    SUBMITTED("待审核"),
    /** Sent back with a reason: open to the committee again. */
    RETURNED("已退回"),
    /** Every level approved. */
    APPROVED("已审核通过");

    private final String label;

    FormStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The committee may change and submit it. */
    public boolean open() {
        return this == OPEN || this == RETURNED;
    }
}
