package org.linli.casework;

import java.util.Map;
import java.util.Set;

import org.linli.shared.Role;

/**
 * The case loop as an explicit state machine (domain.md §4): each status knows where it may go
 * and which role may take it there. Summons and check-in by departments, and the reporter's
 * rating, are later steps of the same machine.
 */
public enum CaseStatus {
    REPORTED("已上报"),
    ACCEPTED("已立案，社区办理"),
    REJECTED("不予受理"),
    ESCALATED("已上报街道"),
    SUMMONED("街道已吹哨，部门办理"),
    VERIFYING("待核查"),
    REWORK("返工"),
    CLOSED("已结案"),
    REOPENED("已重新打开");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Set<Role> COMMUNITY = Set.of(Role.COMMUNITY_WORKER, Role.GRID_WORKER);
    private static final Set<Role> STREET = Set.of(Role.STREET_STAFF);

    /** Allowed moves: from → (to → roles that may make the move). */
    private static final Map<CaseStatus, Map<CaseStatus, Set<Role>>> MOVES = Map.of(
            REPORTED, Map.of(ACCEPTED, Set.of(Role.COMMUNITY_WORKER), REJECTED, Set.of(Role.COMMUNITY_WORKER)),
            ACCEPTED, Map.of(VERIFYING, COMMUNITY, ESCALATED, Set.of(Role.COMMUNITY_WORKER)),
            ESCALATED, Map.of(SUMMONED, STREET, ACCEPTED, STREET),
            SUMMONED, Map.of(VERIFYING, STREET),
            VERIFYING, Map.of(CLOSED, Set.of(Role.COMMUNITY_WORKER, Role.STREET_STAFF),
                    REWORK, Set.of(Role.COMMUNITY_WORKER, Role.STREET_STAFF)),
            REWORK, Map.of(VERIFYING, Set.of(Role.COMMUNITY_WORKER, Role.GRID_WORKER, Role.STREET_STAFF)),
            CLOSED, Map.of(REOPENED, Set.of(Role.COMMUNITY_WORKER, Role.STREET_STAFF)),
            REOPENED, Map.of(ACCEPTED, Set.of(Role.COMMUNITY_WORKER)),
            REJECTED, Map.of());

    public boolean mayMoveTo(CaseStatus target, Role role) {
        return MOVES.get(this).getOrDefault(target, Set.of()).contains(role);
    }

    public Set<CaseStatus> next() {
        return MOVES.get(this).keySet();
    }

    /** Throws unless {@code role} may move a case from this status to {@code target}. */
    public void requireTransition(CaseStatus target, Role role) {
        if (!mayMoveTo(target, role)) {
            throw new CaseRejected("“" + label + "”的案件不能由" + role.label() + "改为“" + target.label + "”");
        }
    }

    /** Moves that need a reason (rejection, rework, reopening). */
    public static boolean needsNote(CaseStatus target) {
        return target == REJECTED || target == REWORK || target == REOPENED;
    }
}
