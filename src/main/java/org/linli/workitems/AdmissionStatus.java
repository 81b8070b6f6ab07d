package org.linli.workitems;

/** Where a work item's application stands. */
public enum AdmissionStatus {
    /** Filed, waiting for the district's reviewers. */
    PENDING("待审核"),
    /** Approved: the work is on the committees' lists with its funding. */
    ADMITTED("已准入"),
    /** Refused by a reviewer or at once by the negative list, with the reason. */
    REFUSED("不予准入"),
    /** Withdrawn by the department before a decision. */
    WITHDRAWN("已撤回");

    private final String label;

    AdmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
