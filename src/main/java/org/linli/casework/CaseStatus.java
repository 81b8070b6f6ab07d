package org.linli.casework;

import java.util.Map;
import java.util.Set;

import org.linli.shared.Refusal;
import org.linli.shared.Role;

/**
 * The case loop as an explicit state machine (domain.md §4): each status knows where it may go
 * and which role may take it there. Some moves happen only as part of a larger step: the street
 * summons departments ({@code → SUMMONED}), the last department reporting back ({@code SUMMONED →
 * VERIFYING}), a bad rating reopening ({@code CLOSED → REOPENED} by the reporter), the community
 * dispatching to a grid ({@code → DISPATCHED}, with a limit to take it) and a grid worker taking a
 * case of their grid ({@code → HANDLING}); and limits that pass escalate on their own
 * ({@link #automatic}).
 */
public enum CaseStatus {
    REPORTED("已上报"),
    ACCEPTED("已立案，社区办理"),
    DISPATCHED("已派单，待网格员接单"),
    HANDLING("网格员办理中"),
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
    private static final Set<Role> VERIFIERS = Set.of(Role.COMMUNITY_WORKER, Role.STREET_STAFF);
    private static final Set<Role> CW = Set.of(Role.COMMUNITY_WORKER);
    private static final Set<Role> GW = Set.of(Role.GRID_WORKER);

    /** Allowed moves: from → (to → roles that may make the move). */
    private static final Map<CaseStatus, Map<CaseStatus, Set<Role>>> MOVES = Map.ofEntries(
            Map.entry(REPORTED, Map.of(ACCEPTED, CW, REJECTED, CW, DISPATCHED, CW, HANDLING, GW)),
            Map.entry(ACCEPTED, Map.of(VERIFYING, COMMUNITY, ESCALATED, CW, DISPATCHED, CW, HANDLING, GW)),
            // A dispatch not taken is taken back by the community, or dispatched anew.
            Map.entry(DISPATCHED, Map.of(HANDLING, GW, ACCEPTED, CW, DISPATCHED, CW)),
            // A grid worker hands in what they did, or hands the case back to the community.
            Map.entry(HANDLING, Map.of(VERIFYING, GW, ACCEPTED, COMMUNITY)),
            Map.entry(ESCALATED, Map.of(SUMMONED, STREET, ACCEPTED, STREET)),
            Map.entry(SUMMONED, Map.of(VERIFYING, Set.of(Role.STREET_STAFF, Role.DEPARTMENT_STAFF))),
            Map.entry(VERIFYING, Map.of(CLOSED, VERIFIERS, REWORK, VERIFIERS)),
            Map.entry(REWORK, Map.of(VERIFYING, Set.of(Role.COMMUNITY_WORKER, Role.GRID_WORKER, Role.STREET_STAFF),
                    SUMMONED, STREET)),
            Map.entry(CLOSED, Map.of(REOPENED, Set.of(Role.COMMUNITY_WORKER, Role.STREET_STAFF, Role.RESIDENT))),
            Map.entry(REOPENED, Map.of(ACCEPTED, CW)),
            Map.entry(REJECTED, Map.of()));

    /** Moves made by the clock when a limit passes, where the category says so. */
    private static final Map<CaseStatus, CaseStatus> AUTOMATIC = Map.of(
            REPORTED, ESCALATED, ACCEPTED, ESCALATED, REWORK, ESCALATED, REOPENED, ESCALATED, DISPATCHED, ESCALATED,
            HANDLING, ESCALATED);

    /** Moves that belong to a larger step and are not offered as a plain button. */
    private static final Set<String> COMPOUND = Set.of("ESCALATED>SUMMONED", "REWORK>SUMMONED", "SUMMONED>VERIFYING:DEPARTMENT_STAFF",
            "CLOSED>REOPENED:RESIDENT", "REPORTED>DISPATCHED", "ACCEPTED>DISPATCHED", "DISPATCHED>DISPATCHED",
            "REPORTED>HANDLING", "ACCEPTED>HANDLING", "DISPATCHED>HANDLING");

    public boolean mayMoveTo(CaseStatus target, Role role) {
        return MOVES.get(this).getOrDefault(target, Set.of()).contains(role);
    }

    /** Where the clock moves a case of this status when its limit passes, or null. */
    public CaseStatus automatic() {
        return AUTOMATIC.get(this);
    }

    /** True if this move is only made by summoning, reporting back, rating, dispatching or taking, not by a plain move. */
    public boolean compound(CaseStatus target, Role role) {
        return COMPOUND.contains(name() + ">" + target.name()) || COMPOUND.contains(name() + ">" + target.name() + ":" + role.name());
    }

    /** Whether the case is still open (not closed, not rejected). */
    public boolean open() {
        return this != CLOSED && this != REJECTED;
    }

    public Set<CaseStatus> next() {
        return MOVES.get(this).keySet();
    }

    /** Refuses unless {@code role} may move a case from this status to {@code target}. */
    public void requireTransition(CaseStatus target, Role role) {
        if (!mayMoveTo(target, role)) {
            throw Refusal.of("casework.move.not-allowed", label, role.label(), target.label);
        }
    }

    /** Moves that need a reason (rejection, rework, reopening). */
    public static boolean needsNote(CaseStatus target) {
        return target == REJECTED || target == REWORK || target == REOPENED;
    }
}
