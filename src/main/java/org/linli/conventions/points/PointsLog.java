package org.linli.conventions.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points log (积分台账): every award and deduction with its rule, reason, who recorded it and
 * when. Entries are never changed (the table refuses it); a withdrawal is a new entry of the
 * opposite points that names the one it reverses, once. A person's points count towards their
 * household's total.
 */
@Service
public class PointsLog {

    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000");

    /** A page of entries and how many there are. */
    public record Page(List<PointsEntry> entries, long total) {
    }

    /** A household's points: its total, each person's, and its entries, newest first. */
    public record HouseholdPoints(long householdId, long total, Map<Long, Long> personTotals, List<PointsEntry> entries) {
    }

    private final PointsStore store;
    private final CommitteeOf committees;
    private final Residents residents;
    private final AuditLog audit;
    private final Clock clock;

    PointsLog(PointsStore store, CommitteeOf committees, Residents residents, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an award or deduction under a rule of the worker's committee; returns the entry's id. */
    @Transactional
    public long award(AwardForm form, CurrentUser user) {
        Division committee = committees.recorder(user);
        PointsRule rule = store.rule(form.ruleId(), committee.path())
                .orElseThrow(() -> Refusal.ofField("ruleId", "conventions.award.rule.required"));
        LocalDate today = LocalDate.now(clock);
        if (form.day().isAfter(today)) {
            throw Refusal.ofField("day", "conventions.award.day.future");
        }
        if (!rule.activeOn(form.day())) {
            throw Refusal.ofField("ruleId", "conventions.award.rule.inactive", rule.name());
        }
        ResidentView resident = residents.find(form.residentId(), user.scope()).filter(r -> r.divisionPath().startsWith(committee.path()))
                .orElseThrow(() -> Refusal.ofField("residentId", "conventions.award.resident.required"));
        int points = points(rule, form.quantity());
        long id = store.insertEntry(new PointsStore.NewEntry(committee.path(), resident.divisionPath(), resident.householdId(),
                rule.appliesTo() == AppliesTo.PERSON ? resident.id() : null, rule.id(), points, form.quantity(), form.day(),
                form.reason(), null, null, user.username(), OffsetDateTime.now(clock))).orElseThrow();
        audit.record(points >= 0 ? "POINTS_AWARD" : "POINTS_DEDUCT", resident.auditName(), resident.divisionPath(),
                "%s %s 分：%s".formatted(rule.name(), (points > 0 ? "+" : "") + points, form.reason()));
        return id;
    }

    /** The points a rule gives for so many occurrences or hours (hours may be fractions; rounded half up). */
    static int points(PointsRule rule, BigDecimal quantity) {
        if (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0) {
            throw Refusal.ofField("quantity", "conventions.award.quantity.range");
        }
        if (rule.per() == Per.OCCURRENCE && quantity.stripTrailingZeros().scale() > 0) {
            throw Refusal.ofField("quantity", "conventions.award.quantity.whole");
        }
        return quantity.multiply(BigDecimal.valueOf(rule.points())).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** Withdraws an entry of the worker's scope: a new entry reversing it, with the reason. */
    @Transactional
    public long withdraw(long entryId, ReasonForm form, CurrentUser user) {
        committees.recorder(user);
        PointsEntry entry = store.entry(entryId, user.scope().prefix()).orElseThrow(() -> new NotFoundException("points entry " + entryId));
        return reverse(entry, "撤销：" + form.reason(), user.username());
    }

    long reverse(PointsEntry entry, String reason, String by) {
        if (!entry.standing()) {
            throw Refusal.of("conventions.entry.not-standing");
        }
        long id = store.insertEntry(new PointsStore.NewEntry(entry.committeePath(), entry.divisionPath(), entry.householdId(),
                entry.residentId(), entry.ruleId(), -entry.points(), entry.quantity(), LocalDate.now(clock), reason, entry.id(), null,
                by, OffsetDateTime.now(clock))).orElseThrow(() -> Refusal.of("conventions.entry.not-standing"));
        audit.record("POINTS_WITHDRAW", "积分记录 #" + entry.id(), entry.divisionPath(),
                "%s %s 分撤销：%s".formatted(entry.ruleName(), entry.signedPoints(), reason));
        return id;
    }

    public PointsEntry entry(long id, CurrentUser user) {
        CommitteeOf.staff(user);
        return store.entry(id, user.scope().prefix()).orElseThrow(() -> new NotFoundException("points entry " + id));
    }

    public Page page(CurrentUser user, EntryFilter filter, int page, int size) {
        CommitteeOf.staff(user);
        String prefix = user.scope().prefix();
        return new Page(store.entries(prefix, filter, offset(page, size), size), store.count(prefix, filter));
    }

    /** A household of the user's scope (404 outside it). */
    public HouseholdPoints household(long householdId, CurrentUser user) {
        CommitteeOf.staff(user);
        if (residents.household(householdId, user.scope()).isEmpty()) {
            throw new NotFoundException("household " + householdId);
        }
        return of(householdId);
    }

    HouseholdPoints of(long householdId) {
        return new HouseholdPoints(householdId, store.householdTotal(householdId), store.personTotals(householdId),
                store.ofHousehold(householdId, 500));
    }

    public long personTotal(long residentId) {
        return store.personTotal(residentId);
    }

    /** A household's place in the ranking. */
    public record Ranked(long householdId, long total, long entries) {
    }

    public record Ranking(List<Ranked> rows, long total) {
    }

    /** The scope's households by their points in the period, most first. */
    public Ranking ranking(CurrentUser user, LocalDate from, LocalDate to, int page, int size) {
        CommitteeOf.staff(user);
        String prefix = user.scope().prefix();
        return new Ranking(store.ranking(prefix, from, to, offset(page, size), size).stream()
                .map(r -> new Ranked(r.householdId(), r.total(), r.entries())).toList(), store.rankedCount(prefix, from, to));
    }

    static int offset(int page, int size) {
        return Math.min(Math.max(0, page), 100_000) * size;
    }
}
