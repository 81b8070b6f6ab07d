package org.linli.rules.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The rules the modules declare ({@link RuleSet} beans), by key and by module. At start-up, before
 * any request or runner, each rule's national default is stored (once: a stored default is left
 * as it is), so the book and its page show where every value comes from.
 */
@Component
public class Declared implements SmartInitializingSingleton {

    private final ObjectProvider<RuleSet> ruleSets;
    private final RuleStore store;
    private final RuleValues values;
    private final Clock clock;
    private volatile Catalogue catalogue;

    Declared(ObjectProvider<RuleSet> ruleSets, RuleStore store, RuleValues values, Clock clock) {
        this.ruleSets = ruleSets;
        this.store = store;
        this.values = values;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Rule<?> rule : catalogue().byKey().values()) {
            store.addDefault(rule.key(), "", rule.defaultValue(), rule.source(), OffsetDateTime.now(clock));
        }
        values.reload();
    }

    /** Stores a subject's national default unless one is stored; the value must be one the rule takes. */
    public <T> void seed(Rule<T> rule, String subject, String value, String source) {
        String stored = rule.format(rule.parse(value));
        if (store.addDefault(rule.key(), subject == null ? "" : subject, stored, source == null ? "" : source,
                OffsetDateTime.now(clock))) {
            values.reloadAfterCommit();
        }
    }

    public Optional<Rule<?>> find(String key) {
        return Optional.ofNullable(catalogue().byKey().get(key));
    }

    /** The name the declaring module gives a subject of the rule; the subject itself when it gives none. */
    public String subjectLabel(Rule<?> rule, String subject) {
        RuleSet owner = catalogue().owners().get(rule.key());
        String label = owner == null || subject.isEmpty() ? subject : owner.subjectLabel(rule, subject);
        return label == null || label.isBlank() ? subject : label;
    }

    /** The declared rules by the module that declares them (its package under org.linli), modules in name order. */
    public Map<String, List<Rule<?>>> byModule() {
        return catalogue().byModule();
    }

    /** The rule sets are read on first use, not on construction: a module's rule set may itself need the book. */
    private Catalogue catalogue() {
        Catalogue c = catalogue;
        if (c == null) {
            synchronized (this) {
                if (catalogue == null) {
                    catalogue = collect();
                }
                c = catalogue;
            }
        }
        return c;
    }

    private Catalogue collect() {
        Map<String, List<Rule<?>>> modules = new TreeMap<>();
        Map<String, Rule<?>> keys = new LinkedHashMap<>();
        Map<String, RuleSet> owners = new LinkedHashMap<>();
        ruleSets.orderedStream().forEach(set -> {
            String module = moduleOf(set);
            for (Rule<?> rule : set.rules()) {
                Rule<?> before = keys.putIfAbsent(rule.key(), rule);
                if (before != null && before != rule) {
                    throw new IllegalStateException("rule " + rule.key() + " is declared twice");
                }
                if (before == null) {
                    owners.put(rule.key(), set);
                    modules.computeIfAbsent(module, m -> new ArrayList<>()).add(rule);
                }
            }
        });
        modules.replaceAll((m, rules) -> List.copyOf(rules));
        return new Catalogue(Collections.unmodifiableMap(keys), Collections.unmodifiableMap(owners),
                Collections.unmodifiableMap(modules));
    }

    private record Catalogue(Map<String, Rule<?>> byKey, Map<String, RuleSet> owners, Map<String, List<Rule<?>>> byModule) {
    }

    /** "casework" for org.linli.casework.CaseRules (or a test's rule set in that package). */
    private static String moduleOf(RuleSet set) {
        String[] parts = org.springframework.aop.support.AopUtils.getTargetClass(set).getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : parts[parts.length - 1];
    }
}
