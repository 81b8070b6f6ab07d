package org.linli.volunteers.internal;

import java.util.List;

/** A resident registers themselves as a volunteer of their committee, through their bound identity. */
public record JoinVolunteers(List<Skill> skills) {

    public JoinVolunteers {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
