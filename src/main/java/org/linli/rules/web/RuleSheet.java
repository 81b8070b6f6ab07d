package org.linli.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.rules.Rule;
import org.linli.rules.internal.Declared;
import org.linli.rules.internal.RuleEditing;
import org.linli.rules.internal.RuleRow;
import org.linli.rules.internal.RuleValues;
import org.linli.rules.web.RuleViews.ModuleRules;
import org.linli.rules.web.RuleViews.RuleCard;
import org.linli.rules.web.RuleViews.SubjectLine;
import org.linli.rules.web.RuleViews.Value;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The rule book as it applies to one user's region today: the rule book page's content. */
@Component
class RuleSheet {

    /** The modules' names on the page; a module not named here shows its package name. */
    private static final Map<String, String> TITLES = Map.of(
            "casework", "诉求办理", "deliberation", "议事协商", "disclosure", "居村务公开",
            "division", "区划与规模", "registry", "人口与房屋", "consultation", "意见征集",
            "notice", "消息通知", "rules", "规则手册", "access", "账户与安全");

    private final Declared declared;
    private final RuleValues values;
    private final Divisions divisions;
    private final Clock clock;

    RuleSheet(Declared declared, RuleValues values, Divisions divisions, Clock clock) {
        this.declared = declared;
        this.values = values;
        this.divisions = divisions;
        this.clock = clock;
    }

    List<ModuleRules> sheet(CurrentUser user) {
        Names names = new Names();
        List<ModuleRules> modules = new ArrayList<>();
        declared.byModule().forEach((module, rules) -> modules.add(new ModuleRules(module,
                TITLES.getOrDefault(module, module), rules.stream().map(r -> card(r, user, names)).toList())));
        return modules;
    }

    private RuleCard card(Rule<?> rule, CurrentUser user, Names names) {
        String region = user.scope().path();
        List<SubjectLine> subjects = values.subjects(rule.key()).stream().map(s -> line(rule, s, user, names)).toList();
        List<Value> below = values.rows(rule.key()).stream()
                .filter(r -> r.regionPath().startsWith(region) && !r.regionPath().equals(region))
                .sorted(Comparator.comparing(RuleRow::regionPath).thenComparing(RuleRow::subject)
                        .thenComparing(RuleRow::effectiveFrom, Comparator.reverseOrder()))
                .map(r -> value(rule, r, true, user, names)).toList();
        return new RuleCard(rule, subjects, below);
    }

    private SubjectLine line(Rule<?> rule, String subject, CurrentUser user, Names names) {
        String region = user.scope().path();
        LocalDate today = LocalDate.now(clock);
        Optional<RuleRow> own = values.find(rule.key(), subject, region, today);
        Optional<RuleRow> inForce = own.isPresent() || subject.isEmpty() ? own : values.find(rule.key(), "", region, today);
        Value shown = inForce.map(r -> value(rule, r, true, user, names))
                .orElseGet(() -> new Value(0, subject, rule.defaultValue(), "全国", "/", null, rule.source(), "", "", true, false));
        List<RuleRow> lineage = values.rows(rule.key()).stream()
                .filter(r -> r.subject().equals(subject) && r.covers(region)).toList();
        List<Value> scheduled = lineage.stream().filter(r -> r.effectiveFrom().isAfter(today))
                .sorted(Comparator.comparing(RuleRow::effectiveFrom))
                .map(r -> value(rule, r, applies(r, region), user, names)).toList();
        List<Value> history = lineage.stream()
                .filter(r -> !r.effectiveFrom().isAfter(today) && inForce.map(f -> f.id() != r.id()).orElse(true))
                .sorted(Comparator.comparing(RuleRow::effectiveFrom).reversed())
                .map(r -> value(rule, r, false, user, names)).toList();
        String testId = subject.isEmpty() ? rule.key() : rule.key() + "/" + subject;
        return new SubjectLine(subject, declared.subjectLabel(rule, subject), testId, shown, !subject.isEmpty() && own.isEmpty(), scheduled, history);
    }

    /** Whether a later value will be the one in force for the region on its date (no more specific region overrides it). */
    private boolean applies(RuleRow row, String region) {
        return values.find(row.ruleKey(), row.subject(), region, row.effectiveFrom()).map(r -> r.id() == row.id()).orElse(false);
    }

    private Value value(Rule<?> rule, RuleRow r, boolean applies, CurrentUser user, Names names) {
        boolean cancellable = RuleEditing.mayEdit(user) && user.scope().covers(r.regionPath())
                && r.effectiveFrom().isAfter(LocalDate.now(clock));
        return new Value(r.id(), declared.subjectLabel(rule, r.subject()), r.value(), names.of(r.regionPath()), r.regionPath(), r.effectiveFrom(),
                r.source(), r.note(), r.setBy(), applies, cancellable);
    }

    /** Region names by path, looked up once per page. */
    private final class Names {

        private final Map<String, String> byPath = new HashMap<>();

        String of(String path) {
            return byPath.computeIfAbsent(path, p -> {
                String[] codes = p.split("/");
                if (codes.length == 0) {
                    return "全国";
                }
                return divisions.findByCode(codes[codes.length - 1]).map(Division::name).orElse(p);
            });
        }
    }
}
