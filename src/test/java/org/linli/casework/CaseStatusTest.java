package org.linli.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.linli.shared.Refusal;
import org.linli.shared.Role;

class CaseStatusTest {

    /** Every allowed move, written out: anything not listed here must be refused. */
    private static final Set<String> ALLOWED = Set.of(
            "REPORTED→ACCEPTED:COMMUNITY_WORKER", "REPORTED→REJECTED:COMMUNITY_WORKER",
            "ACCEPTED→VERIFYING:COMMUNITY_WORKER", "ACCEPTED→VERIFYING:GRID_WORKER", "ACCEPTED→ESCALATED:COMMUNITY_WORKER",
            "ESCALATED→SUMMONED:STREET_STAFF", "ESCALATED→ACCEPTED:STREET_STAFF",
            "SUMMONED→VERIFYING:STREET_STAFF", "SUMMONED→VERIFYING:DEPARTMENT_STAFF",
            "VERIFYING→CLOSED:COMMUNITY_WORKER", "VERIFYING→CLOSED:STREET_STAFF",
            "VERIFYING→REWORK:COMMUNITY_WORKER", "VERIFYING→REWORK:STREET_STAFF",
            "REWORK→VERIFYING:COMMUNITY_WORKER", "REWORK→VERIFYING:GRID_WORKER", "REWORK→VERIFYING:STREET_STAFF",
            "REWORK→SUMMONED:STREET_STAFF",
            "CLOSED→REOPENED:COMMUNITY_WORKER", "CLOSED→REOPENED:STREET_STAFF", "CLOSED→REOPENED:RESIDENT",
            "REOPENED→ACCEPTED:COMMUNITY_WORKER",
            // Grid workers (issue #12): the community dispatches, the grid worker takes, handles and hands in, or hands back.
            "REPORTED→DISPATCHED:COMMUNITY_WORKER", "ACCEPTED→DISPATCHED:COMMUNITY_WORKER", "DISPATCHED→DISPATCHED:COMMUNITY_WORKER",
            "REPORTED→HANDLING:GRID_WORKER", "ACCEPTED→HANDLING:GRID_WORKER", "DISPATCHED→HANDLING:GRID_WORKER",
            "DISPATCHED→ACCEPTED:COMMUNITY_WORKER", "HANDLING→ACCEPTED:COMMUNITY_WORKER", "HANDLING→ACCEPTED:GRID_WORKER",
            "HANDLING→VERIFYING:GRID_WORKER");

    @Test
    void everyMoveIsAllowedExactlyWhenListed() {
        Set<String> allowed = new HashSet<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                for (Role role : Role.values()) {
                    String move = from + "→" + to + ":" + role;
                    if (from.mayMoveTo(to, role)) {
                        allowed.add(move);
                    } else {
                        assertThatThrownBy(() -> from.requireTransition(to, role)).isInstanceOf(Refusal.class)
                                .hasMessageContaining("casework.move.not-allowed").hasMessageContaining(role.label());
                    }
                }
            }
        }
        assertThat(allowed).isEqualTo(ALLOWED);
    }

    @Test
    void summonsReportingBackAndRatingAreNotPlainMoves() {
        assertThat(CaseStatus.ESCALATED.compound(CaseStatus.SUMMONED, Role.STREET_STAFF)).isTrue();
        assertThat(CaseStatus.REWORK.compound(CaseStatus.SUMMONED, Role.STREET_STAFF)).isTrue();
        assertThat(CaseStatus.SUMMONED.compound(CaseStatus.VERIFYING, Role.DEPARTMENT_STAFF)).isTrue();
        assertThat(CaseStatus.SUMMONED.compound(CaseStatus.VERIFYING, Role.STREET_STAFF)).isFalse();
        assertThat(CaseStatus.CLOSED.compound(CaseStatus.REOPENED, Role.RESIDENT)).isTrue();
        assertThat(CaseStatus.CLOSED.compound(CaseStatus.REOPENED, Role.COMMUNITY_WORKER)).isFalse();
    }

    @Test
    void dispatchingAndTakingAreTheirOwnStepsHandingInIsAPlainMove() {
        assertThat(CaseStatus.ACCEPTED.compound(CaseStatus.DISPATCHED, Role.COMMUNITY_WORKER)).isTrue();
        assertThat(CaseStatus.REPORTED.compound(CaseStatus.DISPATCHED, Role.COMMUNITY_WORKER)).isTrue();
        assertThat(CaseStatus.DISPATCHED.compound(CaseStatus.HANDLING, Role.GRID_WORKER)).isTrue();
        assertThat(CaseStatus.REPORTED.compound(CaseStatus.HANDLING, Role.GRID_WORKER)).isTrue();
        assertThat(CaseStatus.HANDLING.compound(CaseStatus.VERIFYING, Role.GRID_WORKER)).isFalse();
        assertThat(CaseStatus.DISPATCHED.compound(CaseStatus.ACCEPTED, Role.COMMUNITY_WORKER)).isFalse();
    }

    @Test
    void theClockEscalatesOnlyCasesStillWithTheCommunity() {
        assertThat(CaseStatus.REPORTED.automatic()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(CaseStatus.ACCEPTED.automatic()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(CaseStatus.DISPATCHED.automatic()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(CaseStatus.HANDLING.automatic()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(CaseStatus.ESCALATED.automatic()).isNull();
        assertThat(CaseStatus.SUMMONED.automatic()).isNull();
        assertThat(CaseStatus.CLOSED.automatic()).isNull();
    }

    @Test
    void aRejectedCaseGoesNowhere() {
        assertThat(CaseStatus.REJECTED.next()).isEmpty();
    }

    @Test
    void rejectionReworkAndReopeningNeedAReason() {
        assertThat(CaseStatus.needsNote(CaseStatus.REJECTED)).isTrue();
        assertThat(CaseStatus.needsNote(CaseStatus.REWORK)).isTrue();
        assertThat(CaseStatus.needsNote(CaseStatus.REOPENED)).isTrue();
        assertThat(CaseStatus.needsNote(CaseStatus.CLOSED)).isFalse();
    }
}
