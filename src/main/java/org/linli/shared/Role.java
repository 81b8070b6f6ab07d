package org.linli.shared;

/** The roles of domain.md; each staff account belongs to one division node. */
public enum Role {
    DISTRICT_ADMIN("区级管理员"),
    STREET_STAFF("街道工作人员"),
    COMMUNITY_WORKER("社区工作者"),
    GRID_WORKER("网格员"),
    DEPARTMENT_STAFF("职能部门人员"),
    RESIDENT("居民");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that may create and edit grids, estates and buildings. */
    public boolean mayEditPlaces() {
        return this == DISTRICT_ADMIN || this == STREET_STAFF || this == COMMUNITY_WORKER || this == GRID_WORKER;
    }

    /** Roles that may reveal a resident's whole ID or phone number (each reveal is audited). */
    public boolean mayReveal() {
        return this == DISTRICT_ADMIN || this == STREET_STAFF || this == COMMUNITY_WORKER;
    }

    /** Roles that see sensitive tags (community correction, drug rehabilitation, …). */
    public boolean maySeeSensitiveTags() {
        return mayReveal();
    }

    /** Roles that work with the registry of residents at all. */
    public boolean mayReadRegistry() {
        return this == DISTRICT_ADMIN || this == STREET_STAFF || this == COMMUNITY_WORKER || this == GRID_WORKER;
    }

    /**
     * Roles that answer for committees' size and space (the bureau, the street and the committee
     * itself); department staff and grid workers have no part in it, so sizing warnings are not theirs.
     */
    public boolean ownsCommitteeSizing() {
        return this == DISTRICT_ADMIN || this == STREET_STAFF || this == COMMUNITY_WORKER;
    }

    /** Roles that administer accounts within their own scope. */
    public boolean mayManageAccounts() {
        return this == DISTRICT_ADMIN || this == STREET_STAFF;
    }
}
