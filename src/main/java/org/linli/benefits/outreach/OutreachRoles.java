package org.linli.benefits.outreach;

import org.linli.shared.Role;

/** Who works with outreach: the lists for the committee and above, the tasks for those who visit. */
public final class OutreachRoles {

    private OutreachRoles() {
    }

    /** Eligible minus enrolled, the rosters and the figures: community workers, the street and the district. */
    public static boolean mayOversee(Role role) {
        return role == Role.COMMUNITY_WORKER || role == Role.STREET_STAFF || role == Role.DISTRICT_ADMIN;
    }

    /** The tasks and their outcomes: the grid worker of the resident's grid, and the committee's workers. */
    public static boolean mayWorkTasks(Role role) {
        return role == Role.GRID_WORKER || role == Role.COMMUNITY_WORKER;
    }
}
