package org.linli.services.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.rules.RuleBook;
import org.linli.services.internal.ServiceRules;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilities around a committee: read by everyone of the committee (and the street and
 * district above it), kept by its community workers. A point must lie in China and, when the
 * committee has a point on the map, within {@code services.facility-metres} of it, so a slip of a
 * digit does not put a canteen in another city.
 */
@Service
public class Facilities {

    private final FacilityStore store;
    private final Locator locator;
    private final RuleBook rules;
    private final AuditLog audit;
    private final Clock clock;

    Facilities(FacilityStore store, Locator locator, RuleBook rules, AuditLog audit, Clock clock) {
        this.store = store;
        this.locator = locator;
        this.rules = rules;
        this.audit = audit;
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
        return id;
    }

    @Transactional
    public void change(long id, FacilityForm form, CurrentUser user) {
        Facility facility = get(id, user);
        FacilityKind kind = check(facility.committeePath(), form, user);
        store.update(id, kind, form, user.username(), OffsetDateTime.now(clock));
        audit.record("SERVICE_FACILITY_SAVE", form.name().strip(), facility.committeePath(), "修改设施：" + kind.label());
    }

    @Transactional
    public void retire(long id, CurrentUser user) {
        Facility facility = get(id, user);
        keeper(facility.committeePath(), user);
        store.retire(id, LocalDate.now(clock), user.username(), OffsetDateTime.now(clock));
        audit.record("SERVICE_FACILITY_SAVE", facility.name(), facility.committeePath(), "设施停用");
    }

    private FacilityKind check(String committeePath, FacilityForm form, CurrentUser user) {
        keeper(committeePath, user);
        FacilityKind kind = FacilityKind.parse(form.kind()).orElseThrow(() -> Refusal.ofField("kind", "services.facility.kind.unknown"));
        if (Math.abs(form.latitude()) > 90 || Math.abs(form.longitude()) > 180
                || !new LatLon(form.latitude(), form.longitude()).inChina()) {
            throw Refusal.ofField("latitude", "services.facility.point.invalid");
        }
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

    private static void keeper(String committeePath, CurrentUser user) {
        if (user.role() != org.linli.shared.Role.COMMUNITY_WORKER || !user.scope().covers(committeePath)) {
            throw Refusal.of("services.keepers-only");
        }
    }
}
