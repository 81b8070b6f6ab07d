package org.linli.deliberation.followup;

import org.linli.deliberation.Bindings;
import org.linli.deliberation.Person;
import org.linli.deliberation.Representatives;
import org.linli.deliberation.topics.Committees;
import org.linli.deliberation.topics.Topic;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who an evaluation counts for: a real person of the registry, so that nobody is counted twice and
 * no invented name is counted at all. Online, the resident behind a verified (实名认证) account;
 * on behalf, a representative on the committee's roster, chosen by the registry's id.
 */
@Component
class Evaluators {

    private final Bindings bindings;
    private final Representatives representatives;
    private final Committees committees;

    Evaluators(Bindings bindings, Representatives representatives, Committees committees) {
        this.bindings = bindings;
        this.representatives = representatives;
        this.committees = committees;
    }

    boolean verified(CurrentUser resident) {
        return bindings.of(resident.accountId()).isPresent();
    }

    Evaluator online(CurrentUser resident) {
        return bindings.of(resident.accountId()).map(b -> new Evaluator(b.residentId(), resident.displayName()))
                .orElseThrow(() -> Refusal.of("deliberation.evaluation.verify-first"));
    }

    Evaluator onBehalf(Topic t, String representative) {
        if (representative.isEmpty()) {
            throw Refusal.ofField("representative", "deliberation.evaluation.representative");
        }
        long id;
        try {
            id = Long.parseLong(representative);
        } catch (NumberFormatException e) {
            throw Refusal.ofField("representative", "deliberation.evaluation.not-on-roster");
        }
        return representatives.roster(committees.get(t.committeeId())).stream().filter(p -> p.id() == id).findFirst()
                .map(Evaluators::of).orElseThrow(() -> Refusal.ofField("representative", "deliberation.evaluation.not-on-roster"));
    }

    private static Evaluator of(Person p) {
        return new Evaluator(p.id(), p.name());
    }
}
