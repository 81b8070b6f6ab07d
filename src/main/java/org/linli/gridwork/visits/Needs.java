package org.linli.gridwork.visits;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.casework.CaseOpened;
import org.linli.casework.CaseRequested;
import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.division.Division;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes of a need found on a visit: a case, asked of the case loop by {@link CaseRequested}
 * keyed {@code visit-need-<id>} (so a repeated request opens one case) and recorded with its number
 * when {@link CaseOpened} answers; or a service need, kept for the services to come.
 */
@Service
public class Needs {

    static final String KEY_PREFIX = "visit-need-";

    private final VisitStore store;
    private final Residents residents;
    private final Categories categories;
    private final Grids grids;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Needs(VisitStore store, Residents residents, Categories categories, Grids grids, AuditLog audit,
          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.categories = categories;
        this.grids = grids;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Turns a noted need into a case of the category (one click on the visit's page). */
    @Transactional
    public Need toCase(long needId, String category, CurrentUser user) {
        Visit visit = visitOf(needId, user);
        Category c = activeCategory(category, "category");
        ResidentView resident = residents.get(visit.residentId(), user.scope());
        request(store.need(needId).orElseThrow(), c, resident, user);
        return store.need(needId).orElseThrow();
    }

    /** Keeps a noted need as a service need. */
    @Transactional
    public Need toService(long needId, CurrentUser user) {
        Visit visit = visitOf(needId, user);
        if (!store.service(needId, user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("gridwork.visit.need.handled");
        }
        audit.record("VISIT_NEED", "走访 #" + visit.id(), visit.divisionPath(), "需求转为服务需求");
        return store.need(needId).orElseThrow();
    }

    /** An active case category, or a refusal on the field. */
    Category activeCategory(String code, String field) {
        return categories.find(code == null ? "" : code).filter(Category::active)
                .orElseThrow(() -> Refusal.ofField(field, "gridwork.visit.need.category"));
    }

    /**
     * Asks the case loop for the case, at the resident's committee, or at their grid when the
     * asker's area is the grid alone (a grid worker may report only within it).
     */
    void request(Need need, Category category, ResidentView resident, CurrentUser user) {
        if (!store.caseRequested(need.id(), category.code(), user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("gridwork.visit.need.handled");
        }
        Division place = grids.committee(resident.divisionPath()).filter(c -> user.scope().covers(c.path()))
                .or(() -> grids.of(resident.divisionPath()).flatMap(g -> grids.division(g.id())))
                .orElseThrow(() -> new NotFoundException("committee of resident " + resident.id()));
        String title = "走访发现：" + need.kind().label();
        events.publishEvent(new CaseRequested(need.requestKey(), place.id(), category.code(), title,
                need.text() + "（" + resident.address() + "）", resident.name(), user.username()));
        audit.record("VISIT_NEED", resident.auditName(), resident.divisionPath(), "走访需求转为诉求案件：" + category.name());
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        String key = opened.requestKey();
        if (key != null && key.startsWith(KEY_PREFIX)) {
            store.caseOpened(Long.parseLong(key.substring(KEY_PREFIX.length())), opened.caseId(), opened.number());
        }
    }

    /** The visit of a need, if the user may see it: within their area, and sensitive only for roles that see it. */
    private Visit visitOf(long needId, CurrentUser user) {
        Need need = store.need(needId).orElseThrow(() -> new NotFoundException("need " + needId));
        Visit visit = store.find(need.visitId()).orElseThrow(() -> new NotFoundException("need " + needId));
        if (!Visits.mayRead(user) || !user.scope().covers(visit.divisionPath())
                || (visit.sensitive() && !user.role().maySeeSensitiveTags())) {
            throw new NotFoundException("need " + needId);
        }
        return visit;
    }
}
