package org.linli.deliberation.topics;

import java.util.List;
import java.util.Set;

import org.linli.shared.Refusal;
import org.linli.shared.Role;

/**
 * The procedures a topic follows, as templates of stages. Each stage names the roles that may
 * close it and what must be on record before it closes; a topic moves through the stages in
 * order and never skips one.
 */
public enum Procedure {

    /** Urban: 提出议案 → 民主议定 → 公布告知 → 组织实施 ([003 五]). */
    URBAN("城市社区议事程序", List.of(
            new Stage("提出议案", Set.of(Role.COMMUNITY_WORKER), Requirement.TEXT, "议案内容"),
            new Stage("民主议定", Set.of(Role.COMMUNITY_WORKER), Requirement.RESOLUTION, "会议表决通过的决议"),
            new Stage("公布告知", Set.of(Role.COMMUNITY_WORKER), Requirement.DISCLOSURE, "在公开栏公布决议"),
            new Stage("组织实施", Set.of(Role.COMMUNITY_WORKER, Role.STREET_STAFF), Requirement.DISCLOSURE, "在公开栏公布实施结果"))),

    /**
     * Village: 四议两公开 — the party branch proposes, the two committees discuss, the party members'
     * meeting reviews, the villagers' (representatives') meeting resolves; the resolution and the
     * result of its implementation are published ([000] annex).
     */
    VILLAGE("四议两公开", List.of(
            new Stage("党支部提议", Set.of(Role.COMMUNITY_WORKER), Requirement.TEXT, "党支部会议提议"),
            new Stage("两委会商议", Set.of(Role.COMMUNITY_WORKER), Requirement.TEXT, "两委联席会议商议意见"),
            new Stage("党员大会审议", Set.of(Role.COMMUNITY_WORKER), Requirement.TEXT, "党员大会审议意见"),
            new Stage("村民（代表）会议决议", Set.of(Role.COMMUNITY_WORKER), Requirement.RESOLUTION, "会议表决通过的决议"),
            new Stage("决议公开", Set.of(Role.COMMUNITY_WORKER), Requirement.DISCLOSURE, "在公开栏公布决议"),
            new Stage("实施结果公开", Set.of(Role.COMMUNITY_WORKER, Role.STREET_STAFF), Requirement.DISCLOSURE, "在公开栏公布实施结果")));

    /** What a stage needs on record before it closes. */
    public enum Requirement {
        /** A written record (at least a few characters). */
        TEXT,
        /** A meeting with quorum whose vote passed the item. */
        RESOLUTION,
        /** A posting on the committee's disclosure board (made as the stage closes, from its record). */
        DISCLOSURE
    }

    public record Stage(String name, Set<Role> closers, Requirement requirement, String record) {
    }

    /** What is on record for the stage being closed. */
    public record Evidence(String text, boolean resolutionPassed, boolean disclosed) {
    }

    private final String label;
    private final List<Stage> stages;

    Procedure(String label, List<Stage> stages) {
        this.label = label;
        this.stages = stages;
    }

    public String label() {
        return label;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The stage whose record is the resolution (民主议定, 村民（代表）会议决议). */
    public int resolutionStage() {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).requirement() == Requirement.RESOLUTION) {
                return i;
            }
        }
        throw new IllegalStateException(name() + " has no resolution stage");
    }

    /**
     * Checks closing {@code stage} (0-based) of a topic whose next open stage is {@code current};
     * refuses with the reason, or returns the next open stage ({@code stages().size()} when the
     * procedure is complete).
     */
    public int close(int current, int stage, Role role, Evidence evidence) {
        if (current >= stages.size()) {
            throw Refusal.of("deliberation.procedure.complete");
        }
        Stage expected = stages.get(current);
        if (stage != current) {
            throw stage > current ? Refusal.of("deliberation.procedure.skip", expected.name())
                    : Refusal.of("deliberation.procedure.done", stages.get(Math.max(0, stage)).name());
        }
        if (!expected.closers().contains(role)) {
            throw Refusal.of("deliberation.procedure.role", expected.name(), role.label());
        }
        switch (expected.requirement()) {
            case TEXT -> {
                if (evidence.text() == null || evidence.text().strip().length() < 5) {
                    throw Refusal.ofField("record", "deliberation.procedure.text", expected.record());
                }
            }
            case RESOLUTION -> {
                if (!evidence.resolutionPassed()) {
                    throw Refusal.of("deliberation.procedure.resolution", expected.name());
                }
            }
            case DISCLOSURE -> {
                if (!evidence.disclosed()) {
                    throw Refusal.of("deliberation.procedure.disclosure", expected.name());
                }
            }
        }
        return current + 1;
    }
}
