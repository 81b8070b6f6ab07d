package org.linli.registry.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.ResidentRules;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's eligibility rules: CEL checked here, matched in bulk by SQL, evaluated in memory for one. */
@Service
class ResidentRuleEngine implements ResidentRules {

    /**
     * A committee's path is as long as the statistical codes down to it make it ("/15/1501/150104/
     * 150104001/150104001002/"): every level's code and a slash, after the root's slash.
     */
    static final int COMMITTEE_PATH_LENGTH = 1 + Arrays.stream(Level.values())
            .filter(l -> l.isStatistical() && l.ordinal() <= Level.COMMITTEE.ordinal())
            .mapToInt(l -> l.codeLength() + 1).sum();

    private final ResidentRuleStore store;
    private final ResidentRuleEvaluator evaluator;
    private final Divisions divisions;
    private final RuleCompiler compiler = new RuleCompiler();

    ResidentRuleEngine(ResidentRuleStore store, ResidentRuleEvaluator evaluator, Divisions divisions) {
        this.store = store;
        this.evaluator = evaluator;
        this.divisions = divisions;
    }

    @Override
    public ResidentRule compile(String source, CurrentUser author) {
        Catalogue catalogue = new Catalogue(store.catalogue(), author.role().maySeeSensitiveTags());
        // a division outside the author's scope is as unknown to the rule as to the author
        return compiler.compile(source, catalogue,
                code -> divisions.findByCode(code).map(Division::path).filter(author.scope()::covers));
    }

    @Override
    public List<RuleField> vocabulary(CurrentUser author) {
        return Vocabulary.of(store.catalogue(), author.role().maySeeSensitiveTags());
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachMatch(ResidentRule rule, DataScope scope, LocalDate day, Consumer<RuleMatch> each) {
        store.forEachMatch(compiled(rule), scope, day, each);
    }

    @Override
    public Map<String, Long> countByCommittee(ResidentRule rule, DataScope scope, LocalDate day) {
        return store.countByCommittee(compiled(rule), scope, day, COMMITTEE_PATH_LENGTH);
    }

    @Override
    public List<RuleMatch> sample(ResidentRule rule, DataScope scope, LocalDate day, int limit) {
        return store.sample(compiled(rule), scope, day, limit);
    }

    @Override
    public Optional<RuleMatch> evaluate(ResidentRule rule, long residentId, LocalDate day) {
        return evaluator.evaluate(compiled(rule), residentId, day);
    }

    @Override
    public List<Optional<RuleMatch>> evaluateAll(List<? extends ResidentRule> rules, long residentId, LocalDate day) {
        return evaluator.evaluateAll(rules.stream().map(ResidentRuleEngine::compiled).toList(), residentId, day);
    }

    private static CompiledRule compiled(ResidentRule rule) {
        if (rule instanceof CompiledRule compiled) {
            return compiled;
        }
        throw new IllegalArgumentException("a rule must come from compile(): " + rule.source());
    }
}
