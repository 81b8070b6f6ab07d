package org.linli.rules.web;

import java.time.LocalDate;
import java.util.List;

import org.linli.rules.Rule;

/** What the rule book page shows; built by {@link RuleSheet} for the signed-in user's region. */
final class RuleViews {

    private RuleViews() {
    }

    /** The rules one module declares. */
    record ModuleRules(String module, String title, List<RuleCard> rules) {
    }

    /** One rule: its subjects as they apply to the user's region, and what regions below it set. */
    record RuleCard(Rule<?> rule, List<SubjectLine> subjects, List<Value> below) {

        public boolean hasSubjects() {
            return subjects.size() > 1;
        }
    }

    /**
     * One subject of a rule ('' for the rule itself) for the user's region: the value in force
     * today (inherited when the subject has none of its own and the rule's applies), the values
     * that take effect later, and those that applied before.
     */
    record SubjectLine(String subject, String label, String testId, Value inForce, boolean inherited, List<Value> scheduled,
                       List<Value> history) {
    }

    /**
     * A stored value (or the rule's built-in default, id 0 and no date), its subject by name: where it is set, from
     * when, on what basis; {@code applies} is false for a later value that a more specific
     * region's value will override; {@code cancellable} when the user may withdraw it.
     */
    record Value(long id, String subject, String value, String regionName, String regionPath, LocalDate effectiveFrom,
                 String source, String note, String setBy, boolean applies, boolean cancellable) {

        /** The national default the rule declares (stored at start-up by the system, or not stored at all). */
        public boolean nationalDefault() {
            return effectiveFrom == null || regionPath.equals("/") && setBy.equals("system");
        }
    }

    /** A region the administrator may set values for: their own, or one below it. */
    record Region(String code, String name, boolean own) {
    }
}
