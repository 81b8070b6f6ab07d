package org.linli.services.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.division.ServiceAreaMeasured;
import org.linli.rules.RuleBook;
import org.linli.services.internal.ServiceRules;
import org.linli.shared.CurrentUser;
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
    private final Locator locator;
    private final RuleBook rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Facilities(FacilityStore store, Locator locator, RuleBook rules, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
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
