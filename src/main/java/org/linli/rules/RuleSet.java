package org.linli.rules;

import java.util.List;

/**
 * The rules one module applies. Each owning module declares one {@code @Component} implementing
 * it, listing its {@link Rule} constants, so the book stores their national defaults and the rule
 * book page shows them under the module.
 */
public interface RuleSet {

    List<Rule<?>> rules();

    /** How the rule book page names a subject of one of these rules (e.g. a category's name for its code). */
    default String subjectLabel(Rule<?> rule, String subject) {
        return subject;
    }
}
