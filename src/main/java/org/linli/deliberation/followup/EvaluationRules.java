package org.linli.deliberation.followup;

import org.linli.deliberation.DeliberationRules;
import org.linli.rules.Fraction;
import org.linli.rules.RuleBook;
import org.springframework.stereotype.Component;

/**
 * When evaluations flag a topic for rectification, by the rule book for the topic's region today:
 * a share of them 不满意 (a third by default), counted only from a number of evaluations on
 * (three by default).
 */
@Component
class EvaluationRules {

    private final RuleBook book;

    EvaluationRules(RuleBook book) {
        this.book = book;
    }

    boolean poor(Summary summary, String divisionPath) {
        return summary.total() >= book.today(DeliberationRules.EVALUATIONS_FOR_FLAG, divisionPath)
                && share(divisionPath).reachedBy(summary.dissatisfied(), summary.total());
    }

    String shareLabel(String divisionPath) {
        return DeliberationRules.words(share(divisionPath));
    }

    private Fraction share(String divisionPath) {
        return book.today(DeliberationRules.DISSATISFIED_SHARE, divisionPath);
    }
}
