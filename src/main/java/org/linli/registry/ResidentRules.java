package org.linli.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;

/**
 * Eligibility rules over the registry (政策找人): an expression in Google's Common Expression
 * Language over one living resident's fields ({@link #vocabulary}), such as
 * {@code age >= 80 && registration == "LOCAL"}. A rule is checked once ({@link #compile}); it is then
 * matched in bulk by one SQL query the registry writes from its checked syntax tree, or evaluated in
 * memory for one resident, and both give the same residents. Only living residents ever match.
 */
public interface ResidentRules {

    /**
     * Checks a rule's text as {@code author} writes it: refused on field {@code rule} with the line
     * and column of the first error, and when it names a field or tag the author may not see.
     */
    ResidentRule compile(String source, CurrentUser author);

    /** The fields, functions and tags a rule may use, as the author may see them, for the editor's help. */
    List<RuleField> vocabulary(CurrentUser author);

    /** Every living resident of the scope the rule matches on {@code day}, streamed from one query. */
    void forEachMatch(ResidentRule rule, DataScope scope, LocalDate day, Consumer<RuleMatch> each);

    /** How many residents the rule matches on {@code day}, per committee path of the scope. */
    Map<String, Long> countByCommittee(ResidentRule rule, DataScope scope, LocalDate day);

    /** The first {@code limit} matches by committee and name, for a preview. */
    List<RuleMatch> sample(ResidentRule rule, DataScope scope, LocalDate day, int limit);

    /** Whether one resident matches on {@code day}, evaluated in memory; empty when not (or not living). */
    Optional<RuleMatch> evaluate(ResidentRule rule, long residentId, LocalDate day);

    /**
     * As {@link #evaluate} for several rules over one resident, whose facts are read once: the
     * results in the rules' order (a change of one resident is re-matched against every benefit).
     */
    List<Optional<RuleMatch>> evaluateAll(List<? extends ResidentRule> rules, long residentId, LocalDate day);

    /** A checked rule. */
    interface ResidentRule {

        String source();
    }

    /**
     * A matching resident and why, in words built from the fields the rule reads (e.g. "年龄 86；
     * 标签 残疾人（肢体一级）"); the name stays with the registry, masked where pages show it.
     */
    record RuleMatch(long residentId, long householdId, String divisionPath, String reason) {
    }

    /** One name a rule may use: a field, a function or a tag code, with its type and meaning in Chinese. */
    record RuleField(String name, String type, String label, String example) {
    }
}
