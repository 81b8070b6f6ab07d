package org.linli.deliberation.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.linli.testing.DeliberationFixtures.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.linli.shared.Role;

/** Each procedure's stages in order: none skipped, each closed by its role with its record. */
class ProcedureTest {

    private static final Procedure.Evidence TEXT = new Procedure.Evidence("会议记录：同意加装电梯", false, false);
    private static final Procedure.Evidence PASSED = new Procedure.Evidence(null, true, false);
    private static final Procedure.Evidence DISCLOSED = new Procedure.Evidence(null, false, true);

    @Test
    void theUrbanProcedureRunsInOrder() {
        Procedure p = Procedure.URBAN;
        assertThat(p.stages()).extracting(Procedure.Stage::name).containsExactly("提出议案", "民主议定", "公布告知", "组织实施");
        int next = p.close(0, 0, Role.COMMUNITY_WORKER, TEXT);
        next = p.close(next, 1, Role.COMMUNITY_WORKER, PASSED);
        next = p.close(next, 2, Role.COMMUNITY_WORKER, DISCLOSED);
        next = p.close(next, 3, Role.STREET_STAFF, DISCLOSED);
        assertThat(next).isEqualTo(4);
        assertThat(text(catchThrowable(() -> p.close(4, 4, Role.COMMUNITY_WORKER, TEXT)))).isEqualTo("议事程序已全部完成");
    }

    @Test
    void theVillageProcedureIsFourDeliberationsAndTwoDisclosures() {
        Procedure p = Procedure.VILLAGE;
        assertThat(p.stages()).extracting(Procedure.Stage::name)
                .containsExactly("党支部提议", "两委会商议", "党员大会审议", "村民（代表）会议决议", "决议公开", "实施结果公开");
        Procedure.Evidence[] evidence = {TEXT, TEXT, TEXT, PASSED, DISCLOSED, DISCLOSED};
        int next = 0;
        for (int i = 0; i < evidence.length; i++) {
            next = p.close(next, i, Role.COMMUNITY_WORKER, evidence[i]);
        }
        assertThat(next).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void noStageCanBeSkippedOrRepeated(Procedure p) {
        for (int current = 0; current < p.stages().size(); current++) {
            for (int stage = 0; stage < p.stages().size(); stage++) {
                if (stage == current) {
                    continue;
                }
                int c = current;
                int s = stage;
                assertThat(text(catchThrowable(() -> p.close(c, s, Role.COMMUNITY_WORKER, new Procedure.Evidence("充分的记录内容", true, true)))))
                        .contains(s > c ? "不能跳过" : "已经完成");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void onlyTheStagesRolesCloseIt(Procedure p) {
        for (int i = 0; i < p.stages().size(); i++) {
            for (Role role : Role.values()) {
                int stage = i;
                var everything = new Procedure.Evidence("充分的记录内容", true, true);
                if (p.stages().get(i).closers().contains(role)) {
                    assertThat(p.close(i, i, role, everything)).isEqualTo(i + 1);
                } else {
                    assertThat(text(catchThrowable(() -> p.close(stage, stage, role, everything)))).contains("不能由" + role.label());
                }
            }
        }
    }

    @Test
    void aStageNeedsItsRecord() {
        assertThat(text(catchThrowable(() -> Procedure.URBAN.close(0, 0, Role.COMMUNITY_WORKER, new Procedure.Evidence("短", false, false)))))
                .isEqualTo("请记录议案内容（至少 5 个字）");
        assertThat(text(catchThrowable(() -> Procedure.URBAN.close(1, 1, Role.COMMUNITY_WORKER, TEXT))))
                .contains("需有符合法定人数的会议表决通过");
        assertThat(text(catchThrowable(() -> Procedure.VILLAGE.close(4, 4, Role.COMMUNITY_WORKER, PASSED))))
                .contains("请先在公开栏公布");
    }
}
