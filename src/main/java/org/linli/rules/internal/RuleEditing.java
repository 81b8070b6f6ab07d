package org.linli.rules.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.rules.Rule;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District administrators change the book for their own region (or a street in it): a value from
 * today or a later date, and the cancelling of a value that has not taken effect yet. What is in
 * force today or was in force before is never changed, so the history stays true. Anything outside
 * the administrator's scope is not found.
 */
@Service
public class RuleEditing {

    private final RuleStore store;
    private final RuleValues values;
    private final Declared declared;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    RuleEditing(RuleStore store, RuleValues values, Declared declared, Divisions divisions, AuditLog audit, Clock clock) {
        this.store = store;
        this.values = values;
        this.declared = declared;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may change the book at all (others only read it). */
    public static boolean mayEdit(CurrentUser user) {
        return user.role() == Role.DISTRICT_ADMIN;
    }

    @Transactional
    public RuleRow set(SetRuleValue command, CurrentUser user) {
        Rule<?> rule = editable(command.rule(), user);
        Division region = divisions.findByCode(command.region().strip())
                .filter(d -> user.scope().covers(d.path()))
                .orElseThrow(() -> new NotFoundException("region " + command.region()));
        if (region.level().compareTo(Level.STREET) > 0) {
            throw Refusal.ofField("region", "rules.region.too-low", region.name());
        }
        String subject = command.subjectOrNone();
        if (!values.subjects(rule.key()).contains(subject)) {
            throw Refusal.ofField("subject", "rules.subject.unknown", subject, rule.label());
        }
        String value = normalised(rule, command.value());
        LocalDate today = LocalDate.now(clock);
        if (command.effectiveFrom().isBefore(today)) {
            throw Refusal.ofField("effectiveFrom", "rules.effective-from.past", today);
        }
        RuleRow row = new RuleRow(0, rule.key(), subject, region.path(), value, command.effectiveFrom(),
                command.sourceOrNone(), command.noteOrNone(), user.username(), OffsetDateTime.now(clock));
        long id = store.set(row);
        audit.record("RULE_SET", target(rule, subject), region.path(), "%s：%s%s，%s起施行%s".formatted(region.name(), value,
                rule.unit(), command.effectiveFrom(), row.note().isEmpty() ? "" : "（" + row.note() + "）"));
        values.reloadAfterCommit();
        return store.find(id).orElseThrow();
    }

    @Transactional
    public void cancel(long id, CurrentUser user) {
        RuleRow row = store.find(id).filter(r -> user.scope().covers(r.regionPath()))
                .orElseThrow(() -> new NotFoundException("rule value " + id));
        Rule<?> rule = editable(row.ruleKey(), user);
        if (!store.deleteScheduled(id, LocalDate.now(clock))) {
            throw Refusal.of("rules.cancel.in-force", row.effectiveFrom());
        }
        audit.record("RULE_CANCEL", target(rule, row.subject()), row.regionPath(),
                "撤销 %s 起施行的 %s%s".formatted(row.effectiveFrom(), row.value(), rule.unit()));
        values.reloadAfterCommit();
    }

    private Rule<?> editable(String key, CurrentUser user) {
        if (!mayEdit(user)) {
            throw new NotFoundException("rule " + key);
        }
        return declared.find(key).orElseThrow(() -> new NotFoundException("rule " + key));
    }

    private static <T> String normalised(Rule<T> rule, String typed) {
        return rule.format(rule.parse(typed));
    }

    private static String target(Rule<?> rule, String subject) {
        return rule.label() + (subject.isEmpty() ? "" : "（" + subject + "）");
    }
}
