package org.linli.services.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.division.ServiceAreaMeasured;
import org.linli.rules.RuleBook;
import org.linli.services.internal.ServiceRules;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilities around a committee: read by everyone of the committee (and the street and
 * district above it), kept by its community workers; a street's own facilities (its centre, the
 * township nursing home) by the street's staff. A point must lie in China and, when the place has
 * a point on the map, within {@code services.facility-metres} of it, so a slip of a digit does not
 * put a canteen in another city. A change to a committee's service centre measures the committee's
 * service area again ({@link ServiceAreaMeasured}) for the sizing rules.
 */
@Service
public class Facilities {

    private final FacilityStore store;
    private final Divisions divisions;
    private final Locator locator;
    private final RuleBook rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Facilities(FacilityStore store, Divisions divisions, Locator locator, RuleBook rules, AuditLog audit,
               ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.locator = locator;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The committee's facilities in service; the keepers see the retired ones too. */
    public List<Facility> of(Division committee, boolean withRetired) {
        return of(committee.path(), withRetired);
    }

    public List<Facility> of(String committeePath, boolean withRetired) {
        return store.of(committeePath, withRetired);
    }

    /** A facility whose committee lies in the user's scope; 404 otherwise. */
    public Facility get(long id, CurrentUser user) {
        return store.find(id, user.scope().prefix()).orElseThrow(() -> new NotFoundException("facility " + id));
    }

    @Transactional
    public long add(Division committee, FacilityForm form, CurrentUser user) {
        FacilityKind kind = check(committee.path(), form, user);
        long id = store.insert(committee.id(), committee.path(), kind, form, user.username(), OffsetDateTime.now(clock));
        audit.record("SERVICE_FACILITY_SAVE", form.name().strip(), committee.path(), "登记设施：" + kind.label());
        if (kind == FacilityKind.SERVICE_CENTRE && form.floorAreaM2() != null) {
            measureServiceArea(committee.path());
        }
        return id;
    }

    @Transactional
    public void change(long id, FacilityForm form, CurrentUser user) {
        Facility facility = get(id, user);
        FacilityKind kind = check(facility.committeePath(), form, user);
        store.update(id, kind, form, user.username(), OffsetDateTime.now(clock));
        audit.record("SERVICE_FACILITY_SAVE", form.name().strip(), facility.committeePath(), "修改设施：" + kind.label());
        if (countsAsServiceArea(facility) || kind == FacilityKind.SERVICE_CENTRE && form.floorAreaM2() != null) {
            measureServiceArea(facility.committeePath());
        }
    }

    @Transactional
    public void retire(long id, CurrentUser user) {
        Facility facility = get(id, user);
        keeper(facility.committeePath(), user);
        store.retire(id, LocalDate.now(clock), user.username(), OffsetDateTime.now(clock));
        audit.record("SERVICE_FACILITY_SAVE", facility.name(), facility.committeePath(), "设施停用");
        if (countsAsServiceArea(facility)) {
            measureServiceArea(facility.committeePath());
        }
    }

    /** The committees a day-care centre serves besides the place keeping it. */
    public List<String> serves(Facility facility) {
        return store.serves(facility.id());
    }

    /**
     * The committees a day-care centre in service may serve: the others of its street (for a
     * street's own centre, all of them), by code; none for any other facility.
     */
    public List<Division> mayServe(Facility facility) {
        if (!servesOthers(facility)) {
            return List.of();
        }
        Division owner = divisions.findUnscoped(facility.committeeId()).orElseThrow(() -> new NotFoundException("facility owner"));
        long street = owner.level() == Level.STREET ? owner.id() : owner.parentId();
        Division streetNode = divisions.findUnscoped(street).orElseThrow(() -> new NotFoundException("facility street"));
        return divisions.search("", new DataScope(streetNode.path()), List.of(Level.COMMITTEE), 1000).stream()
                .filter(c -> !c.path().equals(facility.committeePath())).toList();
    }

    /** Sets the committees a day-care centre in service serves, replacing the earlier ones. */
    @Transactional
    public void serve(long id, List<Long> committeeIds, CurrentUser user) {
        Facility facility = get(id, user);
        keeper(facility.committeePath(), user);
        if (!servesOthers(facility)) {
            throw Refusal.of("services.facility.serves-kind");
        }
        Map<Long, String> may = new HashMap<>();
        mayServe(facility).forEach(c -> may.put(c.id(), c.path()));
        LinkedHashSet<String> paths = new LinkedHashSet<>();
        for (long committeeId : committeeIds == null ? List.<Long>of() : committeeIds) {
            if (!may.containsKey(committeeId)) {
                String name = divisions.findUnscoped(committeeId).map(Division::name).orElse(String.valueOf(committeeId));
                throw Refusal.ofField("committees", "services.facility.serves-outside", name);
            }
            paths.add(may.get(committeeId));
        }
        store.replaceServes(id, paths);
        audit.record("SERVICE_FACILITY_SAVE", facility.name(), facility.committeePath(),
                paths.isEmpty() ? "服务覆盖社区：仅本社区" : "服务覆盖社区 " + paths.size() + " 个");
    }

    /** Only a day-care centre in service is counted for the committees it serves. */
    private static boolean servesOthers(Facility facility) {
        return facility.kind() == FacilityKind.DAY_CARE && !facility.retired();
    }

    private static boolean countsAsServiceArea(Facility facility) {
        return facility.kind() == FacilityKind.SERVICE_CENTRE && facility.floorAreaM2() != null && !facility.retired();
    }

    /** The place's service area now: its service centres' floor areas added up (a street's is ignored by the sizing rules). */
    private void measureServiceArea(String path) {
        events.publishEvent(new ServiceAreaMeasured(path, store.serviceArea(path), clock.instant()));
    }

    private FacilityKind check(String committeePath, FacilityForm form, CurrentUser user) {
        keeper(committeePath, user);
        FacilityKind kind = FacilityKind.parse(form.kind()).orElseThrow(() -> Refusal.ofField("kind", "services.facility.kind.unknown"));
        if (Math.abs(form.latitude()) > 90 || Math.abs(form.longitude()) > 180
                || !new LatLon(form.latitude(), form.longitude()).inChina()) {
            throw Refusal.ofField("latitude", "services.facility.point.invalid");
        }
        sizes(kind, form);
        LatLon point = new LatLon(form.latitude(), form.longitude());
        int farthest = rules.today(ServiceRules.FACILITY_METRES, committeePath);
        locator.centres(List.of(committeePath)).values().stream().findFirst()
                .filter(centre -> centre.metresTo(point) > farthest)
                .ifPresent(centre -> {
                    throw Refusal.ofField("latitude", "services.facility.point.far",
                            String.valueOf(Math.round(centre.metresTo(point))), String.valueOf(farthest));
                });
        return kind;
    }

    /** The service area lies within the floor area, the nursing beds among the beds, and only a nursing home has them. */
    private static void sizes(FacilityKind kind, FacilityForm form) {
        if (form.serviceAreaM2() != null) {
            if (form.floorAreaM2() == null) {
                throw Refusal.ofField("serviceAreaM2", "services.facility.service-without-floor");
            }
            if (form.serviceAreaM2().compareTo(form.floorAreaM2()) > 0) {
                throw Refusal.ofField("serviceAreaM2", "services.facility.service-over-floor",
                        form.serviceAreaM2().stripTrailingZeros().toPlainString(), form.floorAreaM2().stripTrailingZeros().toPlainString());
            }
        }
        if (form.nursingPlaces() != null) {
            if (kind != FacilityKind.NURSING_HOME) {
                throw Refusal.ofField("nursingPlaces", "services.facility.nursing-kind");
            }
            if (form.places() == null) {
                throw Refusal.ofField("nursingPlaces", "services.facility.nursing-without-places");
            }
            if (form.nursingPlaces() > form.places()) {
                throw Refusal.ofField("nursingPlaces", "services.facility.nursing-over-places", form.nursingPlaces(), form.places());
            }
        }
    }

    /** A committee's facilities are kept by its community workers; a street's own by the street's staff. */
    private static void keeper(String path, CurrentUser user) {
        boolean worker = user.role() == Role.COMMUNITY_WORKER && user.scope().covers(path);
        boolean street = user.role() == Role.STREET_STAFF && user.scope().path().equals(path);
        if (!worker && !street) {
            throw Refusal.of("services.keepers-only");
        }
    }
}
