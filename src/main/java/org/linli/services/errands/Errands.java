package org.linli.services.errands;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.casework.calendar.TimeLimit;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.casework.calendar.WorkingTime;
import org.linli.deliberation.Bindings;
import org.linli.notice.Notice;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentView;
import org.linli.rules.RuleBook;
import org.linli.services.catalogue.ServiceCatalogue;
import org.linli.services.catalogue.ServiceItem;
import org.linli.services.internal.ServiceRules;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Errands done for residents (代办 · 帮办): asked for from the catalogue by a resident bound to
 * their registry record (实名认证), or by a community or grid worker for a resident of their area;
 * read by the staff above the resident's building and by the resident (404 for anyone else). The
 * limit is the service's own days, else {@code services.errand-days}, in working days on the
 * working calendar (weekends and public holidays skipped, adjusted working weekends counted) not
 * counting the day asked, ending at midnight after the last one in the district's zone: a
 * resident's errand is still done in time in the evening of its last day.
 */
@Service
public class Errands {

    private final ErrandStore store;
    private final ServiceCatalogue catalogue;
    private final Bindings bindings;
    private final CommitteeResidents residents;
    private final RuleBook rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final WorkCalendar calendar;
    private final Clock clock;

    Errands(ErrandStore store, ServiceCatalogue catalogue, Bindings bindings, CommitteeResidents residents, RuleBook rules, AuditLog audit,
            ApplicationEventPublisher events, WorkCalendar calendar, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.bindings = bindings;
        this.residents = residents;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A page of errands and how many the filter finds. */
    public record Page(List<Errand> errands, int total) {
    }

    /** Whether the user takes errands and logs their steps: a community or grid worker. */
    public static boolean works(CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER || user.role() == Role.GRID_WORKER;
    }

    /** The queue (staff) or the resident's own errands, filtered and paged in SQL. */
    public Page list(CurrentUser user, String status, boolean overdue, String q, int page, int size) {
        String s = status == null ? "" : status;
        if (!s.isEmpty() && !s.equals("OPEN") && java.util.Arrays.stream(ErrandStatus.values()).noneMatch(v -> v.name().equals(s))) {
            throw new NotFoundException("errand status " + s);
        }
        String words = q == null ? "" : q.strip();
        ErrandStore.Filter filter = new ErrandStore.Filter(s, overdue, words.length() > 50 ? words.substring(0, 50) : words);
        ErrandStore.Seer seer = seer(user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int offset = Math.min(Math.max(0, page), 100_000) * size;
        return new Page(store.list(seer, filter, now, offset, size), store.count(seer, filter, now));
    }

    /** An errand the user may see; 404 otherwise. */
    public Errand get(long id, CurrentUser user) {
        return store.find(id, seer(user)).orElseThrow(() -> new NotFoundException("errand " + id));
    }

    public List<ErrandStep> steps(Errand errand) {
        return store.steps(errand.id());
    }

    /** Who sees what: staff their scope; a resident their own record's errands and those their account asked. */
    ErrandStore.Seer seer(CurrentUser user) {
        if (user.role() == Role.RESIDENT) {
            return new ErrandStore.Seer(null, bindings.of(user.accountId()).map(Bindings.Bound::residentId).orElse(null),
                    user.accountId());
        }
        return new ErrandStore.Seer(user.scope().prefix(), null, -1);
    }

    /** The resident the user is (residents bound to their record); empty for staff and unbound accounts. */
    public Optional<Bindings.Bound> self(CurrentUser user) {
        return user.role() == Role.RESIDENT ? bindings.of(user.accountId()) : Optional.empty();
    }

    /** Asks for an errand; returns its id. */
    @Transactional
    public long ask(ErrandAsk ask, CurrentUser user) {
        ServiceItem service = catalogue.get(ask.serviceId(), user);
        if (service.retired() || !service.errand()) {
            throw Refusal.ofField("serviceId", "services.errand.not-offered");
        }
        ResidentView resident = resident(ask, service, user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int days = service.errandDays() != null ? service.errandDays() : rules.today(ServiceRules.ERRAND_DAYS, service.committeePath());
        Long account = user.role() == Role.RESIDENT ? user.accountId() : null;
        long id = store.insert(new Errand(0, service.committeeId(), service.committeePath(), resident.divisionPath(), service.id(),
                service.title(), resident.id(), resident.householdId(), account, ask.details().strip(), ErrandStatus.ASKED,
                user.username(), now, due(now, days, calendar.workingTime(), clock.getZone()), null, null, null, null, null, null, null, 0));
        store.log(id, "ASKED", now, user.username(), ask.details().strip(), null);
        audit.record("ERRAND_ASK", "代办 #" + id + " " + service.title(), resident.divisionPath(),
                user.role() == Role.RESIDENT ? "居民申请代办" : "为" + resident.auditName() + "申请代办");
        events.publishEvent(Notice.toRole(Role.COMMUNITY_WORKER, service.committeeId(), null,
                "新的代办申请：" + service.title(), "/errands/" + id));
        return id;
    }

    /** The end of the last of {@code days} working days after the day of {@code asked}, in the zone. */
    static OffsetDateTime due(OffsetDateTime asked, int days, WorkingTime calendar, ZoneId zone) {
        LocalDate last = calendar.due(asked, new TimeLimit(days, TimeLimit.Unit.WORKING_DAYS)).atZoneSameInstant(zone).toLocalDate();
        return last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    private ResidentView resident(ErrandAsk ask, ServiceItem service, CurrentUser user) {
        if (user.role() == Role.RESIDENT) {
            Bindings.Bound bound = bindings.of(user.accountId()).filter(b -> !b.lapsed())
                    .orElseThrow(() -> Refusal.of("services.errand.bind-first"));
            if (!bound.committeePath().equals(service.committeePath())) {
                throw Refusal.ofField("serviceId", "services.errand.other-committee");
            }
            return residents.find(List.of(bound.residentId())).getFirst();
        }
        if (!works(user)) {
            throw Refusal.of("services.errand.workers-only");
        }
        if (ask.residentId() == null) {
            throw Refusal.ofField("residentId", "services.errand.resident.required");
        }
        ResidentView resident = residents.find(List.of(ask.residentId())).stream()
                .filter(r -> user.scope().covers(r.divisionPath()) && r.divisionPath().startsWith(service.committeePath()))
                .findFirst().orElseThrow(() -> Refusal.ofField("residentId", "services.errand.resident.unknown"));
        if (resident.status() != LivingStatus.LIVING) {
            throw Refusal.ofField("residentId", "services.errand.resident.not-living");
        }
        return resident;
    }

    /** Residents of the worker's area a worker may ask for, found by name or the last four of the ID number. */
    public List<ResidentView> candidates(CurrentUser user, ServiceItem service, String who) {
        if (!works(user) || who == null || who.isBlank()) {
            return List.of();
        }
        return residents.searchAdults(service.committeePath(), who.strip(), LocalDate.now(clock), 20).stream()
                .filter(r -> user.scope().covers(r.divisionPath())).toList();
    }
}
