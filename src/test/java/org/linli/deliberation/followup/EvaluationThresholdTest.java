package org.linli.deliberation.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rectification threshold at and around its boundaries: a third of the evaluations, from three on. */
class EvaluationThresholdTest {

    private final EvaluationRules rules = new EvaluationRules();

    private boolean poor(long satisfied, long fairly, long dissatisfied) {
        return rules.poor(new Summary(satisfied, fairly, dissatisfied), "/15/");
    }

    @Test
    void aThirdOrMoreDissatisfiedFromThreeEvaluationsOn() {
        assertThat(poor(0, 0, 0)).isFalse();
        // Fewer than three evaluations never flag, even when all are unhappy.
        assertThat(poor(0, 0, 2)).isFalse();
        assertThat(poor(1, 0, 1)).isFalse();
        // Exactly one third.
        assertThat(poor(1, 1, 1)).isTrue();
        assertThat(poor(2, 2, 2)).isTrue();
        // Just under one third.
        assertThat(poor(2, 1, 1)).isFalse();
        assertThat(poor(3, 2, 2)).isFalse();
        // Just over.
        assertThat(poor(3, 0, 2)).isTrue();
        assertThat(new Summary(1, 1, 1).text()).isEqualTo("共 3 份评价：满意 1、基本满意 1、不满意 1");
    }
}
