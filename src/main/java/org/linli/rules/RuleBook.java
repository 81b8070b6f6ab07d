package org.linli.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.linli.rules.internal.Declared;
import org.linli.rules.internal.RuleRow;
import org.linli.rules.internal.RuleValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The rule book: the value of a rule for a division on a day. The value set for the most specific
 * region whose path starts the division's path, with the latest effective date not after the day;
 * a subject's values first (e.g. a case category's time limit), then the rule's own, then the
 * rule's default. Lookups read an in-memory copy of the book, never the database.
 */
@Service
public class RuleBook {

    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

    private final RuleValues values;
    private final Declared declared;
    private final Clock clock;

    RuleBook(RuleValues values, Declared declared, Clock clock) {
        this.values = values;
        this.declared = declared;
        this.clock = clock;
    }

    public <T> T value(Rule<T> rule, String divisionPath, LocalDate on) {
        return value(rule, "", divisionPath, on);
    }

    /** The value for a subject of the rule (e.g. a category's code); the rule's own value where the subject has none. */
    public <T> T value(Rule<T> rule, String subject, String divisionPath, LocalDate on) {
        String s = subject == null ? "" : subject;
        Optional<T> found = s.isEmpty() ? Optional.empty() : stored(rule, s, divisionPath, on);
        return found.or(() -> stored(rule, "", divisionPath, on)).orElseGet(() -> rule.parse(rule.defaultValue()));
    }

    /** The value in force today, by the clock. */
    public <T> T today(Rule<T> rule, String divisionPath) {
        return value(rule, "", divisionPath, LocalDate.now(clock));
    }

    public <T> T today(Rule<T> rule, String subject, String divisionPath) {
        return value(rule, subject, divisionPath, LocalDate.now(clock));
    }

    /**
     * Stores a subject's national default (e.g. each case category's time limit as first set up),
     * idempotently: once stored, a default is not changed by seeding again.
     */
    public void seed(Rule<?> rule, String subject, String value, String source) {
        declared.seed(rule, subject, value, source);
    }

    private <T> Optional<T> stored(Rule<T> rule, String subject, String divisionPath, LocalDate on) {
        return values.candidates(rule.key(), subject, divisionPath, on)
                .map(row -> parsed(rule, row)).flatMap(Optional::stream).findFirst();
    }

    /** A value stored before the rule narrowed what it takes is passed over (and logged), not a failure of every lookup. */
    private static <T> Optional<T> parsed(Rule<T> rule, RuleRow row) {
        try {
            return Optional.of(rule.parse(row.value()));
        } catch (RuntimeException e) {
            log.warn("rule {} has a value it no longer takes at {} from {}: {}", rule.key(), row.regionPath(),
                    row.effectiveFrom(), row.value());
            return Optional.empty();
        }
    }
}
