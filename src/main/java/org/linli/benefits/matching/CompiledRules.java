package org.linli.benefits.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.linli.benefits.catalogue.Benefit;
import org.linli.benefits.catalogue.RuleVersion;
import org.linli.benefits.catalogue.SystemAuthor;
import org.linli.registry.ResidentRules;
import org.linli.registry.ResidentRules.ResidentRule;
import org.springframework.stereotype.Component;

/**
 * Published versions compiled once per instance: a published version never changes, so its
 * compiled rule can be kept by its id, and re-matching a resident costs no compiling.
 */
@Component
class CompiledRules {

    private final ResidentRules rules;
    private final Map<Long, ResidentRule> byVersion = new ConcurrentHashMap<>();

    CompiledRules(ResidentRules rules) {
        this.rules = rules;
    }

    ResidentRule of(Benefit benefit, RuleVersion version) {
        if (version.draft()) {
            return rules.compile(version.source(), SystemAuthor.of(benefit));
        }
        return byVersion.computeIfAbsent(version.id(), id -> rules.compile(version.source(), SystemAuthor.of(benefit)));
    }
}
