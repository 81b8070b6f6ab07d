package org.linli.conventions.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.conventions.ConventionRules;
import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.PointsRules;
import org.linli.conventions.points.ReasonForm;
import org.linli.deliberation.Bindings;
import org.linli.division.Division;
import org.linli.notice.Notice;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Red and black lists (红黑榜): a worker proposes a household with the reason and it goes on notice
 * (公示) for the appeal period of the rule book ({@link ConventionRules#APPEAL_DAYS}, counted from
 * the day of notice, that day included). The household may appeal within the period, which holds
 * the entry until a worker decides. An entry is published only after its period has ended and no
 * appeal waits; published lists are read by the committee's residents with names masked.
 */
@Service
public class HonourLists {

    public record Page(List<HonourEntry> entries, long total) {
    }

    private final HonourStore store;
    private final CommitteeOf committees;
    private final Residents residents;
    private final Bindings bindings;
    private final RuleBook book;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HonourLists(HonourStore store, CommitteeOf committees, Residents residents, Bindings bindings, RuleBook book, AuditLog audit,
                ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.residents = residents;
        this.bindings = bindings;
        this.book = book;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long propose(HonourForm form, CurrentUser user) {
        Division committee = committees.recorder(user);
        ResidentView member = residents.find(form.residentId(), user.scope()).filter(r -> r.divisionPath().startsWith(committee.path()))
                .orElseThrow(() -> Refusal.ofField("residentId", "conventions.award.resident.required"));
        LocalDate today = LocalDate.now(clock);
        int days = book.today(ConventionRules.APPEAL_DAYS, committee.path());
        long id = store.insert(committee.path(), member.divisionPath(), member.householdId(), form.list(), form.reason(), today,
                today.plusDays(days - 1L), user.username(), OffsetDateTime.now(clock));
        audit.record("HONOUR_PROPOSE", member.auditName(), member.divisionPath(),
                "%s公示至 %s：%s".formatted(form.list().label(), today.plusDays(days - 1L), form.reason()));
        return id;
    }

    /** The household appeals within the period; the entry is held until a worker decides. */
    @Transactional
    public void appeal(long id, ReasonForm form, CurrentUser user) {
        Bindings.Bound bound = bindings.of(user.accountId()).orElseThrow(() -> Refusal.of("conventions.not-bound"));
        HonourEntry entry = store.find(id, bound.committeePath()).filter(e -> e.householdId() == bound.householdId())
                .orElseThrow(() -> new NotFoundException("honour entry " + id));
        if (entry.status() != HonourStatus.NOTICE || !entry.inAppealPeriod(LocalDate.now(clock))) {
            throw Refusal.ofField("reason", "conventions.list.appeal-closed");
        }
        if (!store.appeal(id, form.reason(), user.accountId(), OffsetDateTime.now(clock))) {
            throw Refusal.ofField("reason", "conventions.list.appeal-closed");
        }
        audit.record("HONOUR_APPEAL", entry.list().label() + " #" + id, entry.divisionPath(), form.reason());
        events.publishEvent(Notice.toRole(Role.COMMUNITY_WORKER, bound.committeeId(), null,
                "居民对%s公示提出申诉".formatted(entry.list().label()), "/points/lists"));
    }

    /** Decides a held entry's appeal: upheld withdraws the entry, dismissed puts it back on notice. */
    @Transactional
    public void decide(long id, boolean upheld, ReasonForm answer, CurrentUser user) {
        Division committee = committees.recorder(user);
        HonourEntry entry = store.find(id, committee.path()).orElseThrow(() -> new NotFoundException("honour entry " + id));
        HonourStatus outcome = upheld ? HonourStatus.WITHDRAWN : HonourStatus.NOTICE;
        if (!store.decide(id, outcome, answer.reason(), user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("conventions.list.no-appeal");
        }
        audit.record("HONOUR_APPEAL_DECIDE", entry.list().label() + " #" + id, entry.divisionPath(),
                (upheld ? "申诉成立，撤回：" : "申诉不成立：") + answer.reason());
        if (entry.appealAccount() != null) {
            events.publishEvent(Notice.toAccount(entry.appealAccount(), null, org.linli.conventions.points.Contests.brief(
                    "您对%s公示的申诉%s。%s".formatted(entry.list().label(), upheld ? "成立，已撤回" : "不成立", answer.reason())),
                    "/points/lists"));
        }
    }

    /** Publishes an entry whose appeal period has ended with no appeal waiting. */
    @Transactional
    public void publish(long id, CurrentUser user) {
        Division committee = committees.recorder(user);
        HonourEntry entry = store.find(id, committee.path()).orElseThrow(() -> new NotFoundException("honour entry " + id));
        LocalDate today = LocalDate.now(clock);
        if (entry.status() == HonourStatus.HELD) {
            throw Refusal.of("conventions.list.held");
        }
        if (entry.status() != HonourStatus.NOTICE) {
            throw Refusal.of("conventions.list.not-on-notice");
        }
        if (entry.inAppealPeriod(today)) {
            throw Refusal.of("conventions.list.in-appeal-period", entry.publishableFrom().toString());
        }
        if (!store.publish(id, today, user.username())) {
            throw Refusal.of("conventions.list.not-on-notice");
        }
        audit.record("HONOUR_PUBLISH", entry.list().label() + " #" + id, entry.divisionPath(), entry.reason());
    }

    public HonourEntry get(long id, CurrentUser user) {
        CommitteeOf.staff(user);
        return store.find(id, PointsRules.readPrefix(user, committees)).orElseThrow(() -> new NotFoundException("honour entry " + id));
    }

    public Page page(CurrentUser user, HonourStatus status, int page, int size) {
        CommitteeOf.staff(user);
        String prefix = PointsRules.readPrefix(user, committees);
        String s = status == null ? "" : status.name();
        return new Page(store.within(prefix, s, Math.min(Math.max(0, page), 100_000) * size, size), store.count(prefix, s));
    }

    /** What a resident reads: the committee's published lists and their own household's entries on notice. */
    public List<HonourEntry> forResident(CurrentUser user) {
        return bindings.of(user.accountId()).map(b -> store.forResident(b.committeePath(), b.householdId()))
                .orElseGet(() -> store.forResident(committees.of(user).path(), -1));
    }

    /** The demo's entry: proposed {@code daysAgo} days ago under today's appeal period, published today if it has ended. */
    @Transactional
    public void seed(Division committee, ResidentView member, HonourList list, String reason, int daysAgo, boolean publish, String by) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(daysAgo);
        int days = book.today(ConventionRules.APPEAL_DAYS, committee.path());
        long id = store.insert(committee.path(), member.divisionPath(), member.householdId(), list, reason, from,
                from.plusDays(days - 1L), by, OffsetDateTime.now(clock).minusDays(daysAgo));
        if (publish) {
            store.publish(id, today, by);
        }
    }
}
