package org.linli.conventions.points;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points rules a committee sets (积分细则): so many points, plus or minus, per occurrence or per
 * hour of volunteer service, for the household or a person, from a day and until a day. A rule is
 * ended, never changed, so every entry keeps the rule it was given under.
 */
@Service
public class PointsRules {

    static final int MAX_POINTS = 1000;

    private final PointsStore store;
    private final CommitteeOf committees;
    private final AuditLog audit;
    private final Clock clock;

    PointsRules(PointsStore store, CommitteeOf committees, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules the user reads: their committee's (a grid worker's too), or every committee of their scope. */
    public List<PointsRule> list(CurrentUser user) {
        return store.rules(readPrefix(user, committees));
    }

    /** The rules of the user's committee in force today, for the award form. */
    public List<PointsRule> active(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return store.rules(committees.of(user).path()).stream().filter(r -> r.activeOn(today)).toList();
    }

    @Transactional
    public long add(RuleForm form, CurrentUser user) {
        Division committee = committees.recorder(user);
        if (form.points() == 0 || Math.abs(form.points()) > MAX_POINTS) {
            throw Refusal.ofField("points", "conventions.rule.points.range", String.valueOf(MAX_POINTS));
        }
        if (form.activeTo() != null && form.activeTo().isBefore(form.activeFrom())) {
            throw Refusal.ofField("activeTo", "conventions.rule.to.before-from");
        }
        long id = store.insertRule(committee.path(), form, user.username(), OffsetDateTime.now(clock));
        audit.record("POINTS_RULE_ADD", form.name(), committee.path(),
                "%s %s 分，%s，%s".formatted(form.name(), (form.points() > 0 ? "+" : "") + form.points(), form.per().label(),
                        form.appliesTo().label()));
        return id;
    }

    /** Ends a rule of the worker's committee yesterday; the points it gave stand. */
    @Transactional
    public void end(long ruleId, CurrentUser user) {
        Division committee = committees.recorder(user);
        PointsRule rule = store.rule(ruleId, committee.path()).orElseThrow(() -> new NotFoundException("points rule " + ruleId));
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        if (rule.activeTo() != null && !rule.activeTo().isAfter(yesterday)) {
            throw Refusal.of("conventions.rule.ended");
        }
        store.endRule(ruleId, yesterday.isBefore(rule.activeFrom()) ? rule.activeFrom() : yesterday);
        audit.record("POINTS_RULE_END", rule.name(), committee.path(), "停用积分细则：" + rule.name());
    }

    /**
     * Where a user's reading of committee-level records (rules, lists, conventions) starts: their
     * committee's path at or below a committee, else their scope's.
     */
    public static String readPrefix(CurrentUser user, CommitteeOf committees) {
        String scope = user.scope().path();
        if (scope.split("/").length > 6) {
            return committees.of(user).path();
        }
        return user.scope().prefix();
    }
}
