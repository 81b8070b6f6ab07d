package org.linli.services.catalogue;

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
 * A committee's service catalogue (服务目录): read by its residents and everyone above it, kept by
 * its community workers, who add, change and retire services (a retired service stays for the
 * errands that name it and leaves the catalogue).
 */
@Service
public class ServiceCatalogue {

    private final ServiceCatalogueStore store;
    private final Facilities facilities;
    private final AuditLog audit;
    private final Clock clock;

    ServiceCatalogue(ServiceCatalogueStore store, Facilities facilities, AuditLog audit, Clock clock) {
        this.store = store;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the committee's services and how many there are. */
    public record Listed(List<ServiceItem> services, int total) {
    }

    public Listed of(Division committee, String words, boolean withRetired, int page, int size) {
        String q = words == null ? "" : words.strip();
        q = q.length() > 50 ? q.substring(0, 50) : q;
        int offset = Math.min(Math.max(0, page), 100_000) * size;
        return new Listed(store.of(committee.path(), q, withRetired, offset, size), store.count(committee.path(), q, withRetired));
    }

    /** The services in force offered at the committee's facilities, for the map. */
    public List<ServiceItem> atFacilities(Division committee) {
        return store.atFacilities(committee.path());
    }

    /** A service whose committee lies in the user's scope; 404 otherwise. */
    public ServiceItem get(long id, CurrentUser user) {
        return store.find(id, user.scope().prefix()).orElseThrow(() -> new NotFoundException("service " + id));
    }

    @Transactional
    public long add(Division committee, ServiceForm form, CurrentUser user) {
        check(committee.path(), form, user);
        long id = store.insert(committee.id(), committee.path(), form, user.username(), OffsetDateTime.now(clock));
        audit.record("SERVICE_ITEM_SAVE", form.title().strip(), committee.path(), "新增服务：" + form.provider().strip());
        return id;
    }

    @Transactional
    public void change(long id, ServiceForm form, CurrentUser user) {
        ServiceItem item = get(id, user);
        check(item.committeePath(), form, user);
        store.update(id, form, user.username(), OffsetDateTime.now(clock));
        audit.record("SERVICE_ITEM_SAVE", form.title().strip(), item.committeePath(), "修改服务");
    }

    @Transactional
    public void retire(long id, CurrentUser user) {
        ServiceItem item = get(id, user);
        keeper(item.committeePath(), user);
        store.retire(id, LocalDate.now(clock), user.username(), OffsetDateTime.now(clock));
        audit.record("SERVICE_ITEM_SAVE", item.title(), item.committeePath(), "停止服务");
    }

    private void check(String committeePath, ServiceForm form, CurrentUser user) {
        keeper(committeePath, user);
        if (form.facilityId() != null) {
            facilities.of(committeePath, false).stream().filter(f -> f.id() == form.facilityId())
                    .findFirst().orElseThrow(() -> Refusal.ofField("facilityId", "services.facility.unknown"));
        }
        if (form.runsAsErrand() && form.documents() != null && form.documents().lines().count() > 30) {
            throw Refusal.ofField("documents", "services.documents.lines");
        }
    }

    private static void keeper(String committeePath, CurrentUser user) {
        if (user.role() != org.linli.shared.Role.COMMUNITY_WORKER || !user.scope().covers(committeePath)) {
            throw Refusal.of("services.keepers-only");
        }
    }
}
