package org.linli.registry.rules;

import static org.linli.registry.rules.RuleLanguage.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelLateFunctionBindings;

import org.linli.registry.ResidentRules.RuleMatch;
import org.springframework.stereotype.Component;

/** One resident's rule evaluated in memory by CEL, over facts loaded in two queries. */
@Component
class ResidentRuleEvaluator {

    private final ResidentRuleStore store;

    ResidentRuleEvaluator(ResidentRuleStore store) {
        this.store = store;
    }

    Optional<RuleMatch> evaluate(CompiledRule rule, long residentId, LocalDate day) {
        return evaluateAll(List.of(rule), residentId, day).getFirst();
    }

    /** Several rules over one resident, whose facts are read once (two queries whatever the rules). */
    List<Optional<RuleMatch>> evaluateAll(List<CompiledRule> rules, long residentId, LocalDate day) {
        List<Person> people = store.household(residentId);
        Optional<Person> found = people.stream().filter(p -> p.id() == residentId).findFirst();
        if (found.isEmpty() || !found.get().living()) {
            return rules.stream().map(r -> Optional.<RuleMatch>empty()).toList();
        }
        Person resident = found.get();
        List<Person> members = people.stream().filter(p -> p.id() != residentId && p.living()).toList();
        Facts facts = new Facts(resident, members, store.held(people.stream().map(Person::id).toList(), day), day);
        List<Optional<RuleMatch>> results = new ArrayList<>();
        for (CompiledRule rule : rules) {
            results.add(Boolean.TRUE.equals(eval(rule, facts))
                    ? Optional.of(new RuleMatch(resident.id(), resident.householdId(), resident.divisionPath(),
                    Reasons.of(rule, shown(rule, facts), day)))
                    : Optional.empty());
        }
        return results;
    }

    private static Object eval(CompiledRule rule, Facts facts) {
        Person r = facts.resident();
        Map<String, Object> vars = new HashMap<>();
        vars.put(AGE, Ages.on(r.birthDate(), facts.day()));
        vars.put(SEX, r.sexLabel());
        vars.put(REGISTRATION, r.registration());
        vars.put(RELATION, r.relation());
        vars.put(TAGS, facts.tags(r, rule.tags()));
        List<Map<String, Object>> members = new ArrayList<>();
        for (Person m : facts.members()) {
            members.add(Map.of(AGE, Ages.on(m.birthDate(), facts.day()), SEX, m.sexLabel(), RELATION, m.relation(),
                    TAGS, facts.tags(m, rule.tags())));
        }
        vars.put(MEMBERS, members);
        vars.put(HOUSEHOLD_SIZE, (long) members.size() + 1);
        Map<String, String> within = rule.reads().within();
        try {
            return rule.program().eval(vars, CelLateFunctionBindings.from(
                    CelFunctionBinding.from(GRADE_OVERLOAD, String.class, facts::grade),
                    CelFunctionBinding.from(AGE_ON_OVERLOAD, String.class, on -> Ages.on(r.birthDate(), LocalDate.parse(on))),
                    CelFunctionBinding.from(WITHIN_OVERLOAD, String.class, code -> r.divisionPath().startsWith(within.get(code)))));
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("rule " + rule.source() + " failed for resident " + r.id(), e);
        }
    }

    /** What the reason shows, taken from the facts the way the SQL takes it from its columns. */
    private static Reasons.Shown shown(CompiledRule rule, Facts facts) {
        Reads reads = rule.reads();
        Map<String, List<String>> details = new TreeMap<>();
        facts.heldBy(facts.resident().id()).stream().filter(h -> reads.tags().contains(h.code()))
                .forEach(h -> details.computeIfAbsent(h.code(), c -> new ArrayList<>()).add(h.detail() == null ? "" : h.detail()));
        Set<String> memberTags = facts.members().stream().flatMap(m -> facts.heldBy(m.id()).stream())
                .map(Facts.Held::code).filter(reads.memberTags()::contains).collect(Collectors.toSet());
        List<LocalDate> births = ResidentRuleStore.readsMembers(reads)
                ? facts.members().stream().map(Person::birthDate).toList() : List.of();
        return new Reasons.Shown(facts.resident(), details, memberTags, births, facts.members().size() + 1L);
    }

}
