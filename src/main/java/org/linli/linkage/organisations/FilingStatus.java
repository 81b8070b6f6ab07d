package org.linli.linkage.organisations;

/** Where a filing (备案) stands: submitted by the committee, filed by the street, or sent back with a reason. */
public enum FilingStatus {
    SUBMITTED("待街道审核"),
    FILED("已备案"),
    RETURNED("已退回");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
