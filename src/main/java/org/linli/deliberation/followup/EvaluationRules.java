package org.linli.deliberation.followup;

import org.springframework.stereotype.Component;

/**
 * When evaluations flag a topic for rectification: a third or more of them 不满意, counted only
 * from three evaluations on, so that one unhappy person among the first two does not flag a topic
 * the representatives as a whole accept. One third is the share the organic laws treat as weighty
 * enough to make a committee act on its members' request (urban law art. 9, village law art. 21).
 */
@Component
class EvaluationRules {

    boolean poor(Summary summary, String divisionPath) {
        return summary.total() >= 3 && 3 * summary.dissatisfied() >= summary.total();
    }

    String shareLabel(String divisionPath) {
        return "三分之一";
    }
}
