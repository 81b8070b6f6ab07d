package org.linli.reports.templates;

import org.linli.shared.Role;

/** A level that approves a committee's form (as DHIS2's approval levels): the street over it, then the district. */
public enum ApprovalLevel {
    STREET("街道", Role.STREET_STAFF),
    DISTRICT("区", Role.DISTRICT_ADMIN);

    private final String label;
    private final Role approver;

    ApprovalLevel(String label, Role approver) {
        this.label = label;
        this.approver = approver;
    }

    public String label() {
        return label;
    }

    /** The role whose staff approve at this level, within their own scope. */
    public Role approver() {
        return approver;
    }
}
